using System.Runtime.CompilerServices;
using FluentAI.Compiler.Hosting;
using Jint;
using Jurassic;
using NLua;

namespace FluentAI.Benchmarks.Startup;

/// <summary>
/// The first-eval workload: a fresh engine evaluates a small program that defines a function and calls
/// it once (<c>(define (f x) (* x 2)) (f 21)</c> and its JavaScript and Lua equivalents), answer 42.
/// Shared by the in-process benchmark (<see cref="FirstEvalBenchmarks"/>) and the cold-process probe
/// (<c>Benchmarks/FirstEval/</c>, which links this file), so both measure exactly the same code.
/// </summary>
/// <remarks>
/// Each engine's work is its own non-inlined method, so a process that measures one engine loads only
/// that engine's assemblies: nothing of Jint is loaded or compiled when fluentc is timed.
/// </remarks>
public static class FirstEvalEngines
{
    public const long Expected = 42;

    public const string FluentAISource = "(define (f x) (* x 2)) (f 21)";
    public const string JavaScriptSource = "function f(x) { return x * 2; } f(21)";
    public const string LuaSource = "function f(x) return x * 2 end return f(21)";

    public const string Vm = "Vm";
    public const string Tiered = "Tiered";
    public const string Dynamic = "Dynamic";
    public const string Jint = "Jint";
    public const string Jurassic = "Jurassic";
    public const string NLua = "NLua";

    /// <summary>
    /// Every engine, fluentc's modes first. A new fluentc engine (a Cecil-built assembly, say) is a name
    /// here, a case in <see cref="Run"/> and a method in <see cref="FirstEvalBenchmarks"/>.
    /// </summary>
    public static readonly IReadOnlyList<string> All = [Vm, Tiered, Dynamic, Jint, Jurassic, NLua];

    /// <summary>The fluentc engines, whose first eval the goal is about.</summary>
    public static readonly IReadOnlyList<string> Fluentc = [Vm, Tiered, Dynamic];

    /// <summary>Creates the named engine, evaluates its program once and returns the answer as an integer (null if it is not one).</summary>
    /// <exception cref="ArgumentException">An unknown engine name.</exception>
    public static long? Run(string engine) => engine switch
    {
        Vm => RunFluent(ExecutionMode.Vm),
        Tiered => RunFluent(ExecutionMode.Tiered),
        Dynamic => RunFluent(ExecutionMode.Dynamic),
        Jint => RunJint(),
        Jurassic => RunJurassic(),
        NLua => RunNLua(),
        _ => throw new ArgumentException($"Unknown engine '{engine}'; expected one of {string.Join(", ", All)}", nameof(engine)),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long? RunFluent(ExecutionMode mode)
    {
        var engine = new FluentEngine(new FluentEngineOptions { Mode = mode, Output = TextWriter.Null });
        return engine.Eval(FluentAISource) is long answer ? answer : null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long? RunJint()
    {
        var engine = new Engine();
        double answer = engine.Evaluate(JavaScriptSource).AsNumber();
        return double.IsInteger(answer) ? (long)answer : null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long? RunJurassic()
    {
        var engine = new ScriptEngine();
        return engine.Evaluate(JavaScriptSource) switch
        {
            int i => i,
            double d when double.IsInteger(d) => (long)d,
            _ => null,
        };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long? RunNLua()
    {
        using var lua = new Lua();
        return lua.DoString(LuaSource)[0] switch
        {
            long l => l,
            double d when double.IsInteger(d) => (long)d,
            _ => null,
        };
    }
}
