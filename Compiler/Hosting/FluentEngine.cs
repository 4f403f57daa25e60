using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Hosting;

/// <summary>
/// Evaluates FluentAI in process. Definitions persist across calls on one engine; separate engines
/// share nothing (globals, state store, handlers).
/// </summary>
public sealed class FluentEngine
{
    public FluentEngine(FluentEngineOptions? options = null)
    {
        Options = options ?? new FluentEngineOptions();
    }

    public FluentEngineOptions Options { get; }

    /// <summary>Runs every form of <paramref name="source"/>; returns the last form's value as a CLR object (null for nil).</summary>
    /// <exception cref="FluentCompilationException">The source has syntax or binding errors.</exception>
    /// <exception cref="FluentRuntimeException">An uncaught runtime error.</exception>
    public object? Eval(string source, string path = "<eval>") => throw new NotImplementedException();

    /// <summary>Runs a program as <c>fluentc run</c> does: after each top-level form its non-nil value is printed to <see cref="FluentEngineOptions.Output"/>.</summary>
    public void RunProgram(SourceText source) => throw new NotImplementedException();

    /// <summary>Calls a global function by name.</summary>
    public object? Call(string name, params object?[] args) => throw new NotImplementedException();

    /// <summary>A typed delegate over a global function, e.g. <c>GetFunction&lt;Func&lt;long, long&gt;&gt;("fib")</c>.</summary>
    public T GetFunction<T>(string name) where T : Delegate => throw new NotImplementedException();

    /// <summary>The bytecode listing of a program, with source lines (<c>fluentc disasm</c>).</summary>
    public static string Disassemble(SourceText source) => throw new NotImplementedException();
}
