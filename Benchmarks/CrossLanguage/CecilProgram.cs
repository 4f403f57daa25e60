using System.Reflection;
using FluentAI.Compiler.Emit.Cecil;
using FluentAI.Compiler.Text;

namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>
/// A program file built by Emit.Cecil (<see cref="CecilCompiler.Build"/>, what <c>fluentc build</c> runs) and
/// loaded as an application that references the assembly loads it; its <c>bench</c> is called as a C#
/// caller calls it, through a delegate to the public static method, made once here. A program file has
/// no public surface (it builds to an entry point), so its text is built as the body of a module that
/// exports <c>bench</c>: <c>(module NAME-program (export bench) TEXT)</c>, opened on the file's first
/// line so positions keep their lines. The build makes the module a public class (<c>FibProgram</c>,
/// <c>TailLoopProgram</c>) with a <c>Bench()</c> method: <c>long Bench()</c> when the compiler typed it
/// (integer code), <c>object Bench()</c> otherwise. The class's static constructor runs the module's
/// forms, the file's closing <c>(bench)</c> call included, before the first call.
/// </summary>
public sealed class CecilProgram : IDisposable
{
    public const string Namespace = "FluentAI.Benchmarks.Built";

    /// <summary>Makes the module's class name differ from its functions' (<c>tak.ai</c> defines <c>tak</c>; a class <c>Tak</c> with a method <c>Tak</c> is FL0401).</summary>
    public const string ModuleSuffix = "-program";

    private readonly LoadedAssembly _assembly;
    private readonly Func<long>? _typed;
    private readonly Func<object?>? _boxed;

    private CecilProgram(LoadedAssembly assembly, Func<long>? typed, Func<object?>? boxed)
    {
        _assembly = assembly;
        _typed = typed;
        _boxed = boxed;
    }

    /// <summary>Whether the compiler typed <c>bench</c> (a <c>long Bench()</c> method, no boxing on the call).</summary>
    public bool IsTyped => _typed is not null;

    /// <exception cref="InvalidOperationException">The build failed (its diagnostics are the message).</exception>
    public static CecilProgram Build(string name)
    {
        string path = ProgramFiles.FluentAI(name);
        string moduleName = name + ModuleSuffix;
        var module = new SourceText($"(module {moduleName} (export {FluentProgram.EntryFunction}) {File.ReadAllText(path)}\n)", path);
        CecilBuildResult build = CecilCompiler.Build([module], new CecilBuildOptions { AssemblyName = "Bench." + name, Namespace = Namespace });
        if (!build.Succeeded)
        {
            throw new InvalidOperationException($"building {path}:{Environment.NewLine}{string.Join(Environment.NewLine, build.Diagnostics)}");
        }

        LoadedAssembly assembly = LoadedAssembly.Load(build, collectible: false); // as an application references it: tiered, with PGO
        string className = Namespace + "." + ClrNames.Pascal(moduleName);
        string methodName = ClrNames.Pascal(FluentProgram.EntryFunction)!;
        MethodInfo bench = assembly.Assembly.GetType(className, throwOnError: true)!.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes)
            ?? throw new InvalidOperationException($"{className} has no public static {methodName}()");
        return bench.ReturnType == typeof(long)
            ? new CecilProgram(assembly, bench.CreateDelegate<Func<long>>(), null)
            : new CecilProgram(assembly, null, bench.CreateDelegate<Func<object?>>());
    }

    /// <summary>
    /// Calls <c>bench</c>: a typed one returns its <see cref="long"/> as it is (no boxing), an untyped one's
    /// FluentAI value is read as an integer (every program's answer is one).
    /// </summary>
    /// <exception cref="InvalidOperationException">An untyped <c>bench</c> returned something other than an integer.</exception>
    public long Run()
    {
        if (_typed is not null)
        {
            return _typed();
        }

        object? value = _boxed!();
        return ProgramBenchmarks.AsInteger(value) ?? throw new InvalidOperationException($"bench returned {value ?? "nil"} ({value?.GetType().Name}), not an integer");
    }

    public void Dispose() => _assembly.Dispose();
}
