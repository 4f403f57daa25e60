using System.Globalization;
using System.Numerics;
using BenchmarkDotNet.Attributes;
using FluentAI.Compiler.Emit.Dynamic;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>
/// One program of the cross-language suite, the same algorithm and sizes in every language: hand-written
/// C# (the baseline), F#, JavaScript on Jint and on Jurassic, Lua on NLua, and FluentAI on each fluentc
/// execution mode and as the assembly <c>fluentc build</c> writes (Cecil). A subclass names the program (its files under <c>Programs/</c>), its answer, and its
/// C# and F# versions; the engines are driven from here.
/// </summary>
/// <remarks>
/// Each benchmark has its own targeted <c>[GlobalSetup]</c>, so a benchmark process loads and checks only
/// the engine it measures (another engine's heap or generated code never sits beside the measurement).
/// Every setup runs its program once and throws on a wrong answer (a fluentc engine setup checks the value of
/// the file's closing <c>(bench)</c> call, run as the file loads; the Cecil setup calls the built <c>Bench()</c>). Adding a fluentc execution mode
/// is one setup and one benchmark method here, in the pattern of <see cref="SetupVm"/> and <see cref="Vm"/>.
/// <para>
/// The Cecil column is the assembly <c>fluentc build</c> writes: <see cref="SetupCecil"/> builds
/// <c>Programs/NAME.ai</c> once in process with Emit.Cecil, loads it and keeps a delegate to its public
/// <c>Bench()</c> (<see cref="CecilProgram"/>); the benchmark calls the delegate, as a C# program that
/// references the assembly calls the method.
/// </para>
/// </remarks>
[MemoryDiagnoser]
public abstract class ProgramBenchmarks
{
    private FluentProgram? _vm;
    private FluentProgram? _dynamic;
    private FluentProgram? _tiered;
    private FluentProgram? _longLived;
    private JintProgram? _jint;
    private JurassicProgram? _jurassic;
    private LuaProgram? _lua;
    private CecilProgram? _cecil;

    /// <summary>The file name shared by <c>Programs/NAME.ai</c>, <c>Programs/js/NAME.js</c> and <c>Programs/lua/NAME.lua</c>.</summary>
    public abstract string ProgramName { get; }

    /// <summary>The answer every engine must give.</summary>
    public abstract long Expected { get; }

    [GlobalSetup(Target = nameof(CSharp))]
    public void SetupCSharp() => Check(nameof(CSharp), CSharp());

    [GlobalSetup(Target = nameof(FSharp))]
    public void SetupFSharp() => Check(nameof(FSharp), FSharp());

    [GlobalSetup(Target = nameof(Jint))]
    public void SetupJint()
    {
        _jint = JintProgram.Load(ProgramName);
        Check(nameof(Jint), Jint());
    }

    [GlobalSetup(Target = nameof(Jurassic))]
    public void SetupJurassic()
    {
        _jurassic = JurassicProgram.Load(ProgramName);
        Check(nameof(Jurassic), Jurassic());
    }

    [GlobalSetup(Target = nameof(NLua))]
    public void SetupNLua()
    {
        _lua = LuaProgram.Load(ProgramName);
        Check(nameof(NLua), NLua());
    }

    [GlobalSetup(Target = nameof(Vm))]
    public void SetupVm()
    {
        _vm = FluentProgram.Load(ProgramName, ExecutionMode.Vm);
        Check(nameof(Vm), _vm.LoadedValue);
    }

    [GlobalSetup(Target = nameof(Dynamic))]
    public void SetupDynamic()
    {
        _dynamic = FluentProgram.Load(ProgramName, ExecutionMode.Dynamic);
        Check(nameof(Dynamic), _dynamic.LoadedValue);
    }

    [GlobalSetup(Target = nameof(Tiered))]
    public void SetupTiered()
    {
        _tiered = FluentProgram.Load(ProgramName, ExecutionMode.Tiered);
        Check(nameof(Tiered), _tiered.LoadedValue);
    }

    [GlobalSetup(Target = nameof(LongLived))]
    public void SetupLongLived()
    {
        _longLived = FluentProgram.Load(ProgramName, ExecutionMode.Dynamic, CodeHome.LongLivedAssembly);
        Check(nameof(LongLived), _longLived.LoadedValue);
    }

    /// <summary>Builds the program with Emit.Cecil, loads the assembly and checks what its <c>bench</c> returns.</summary>
    [GlobalSetup(Target = nameof(Cecil))]
    public void SetupCecil()
    {
        _cecil = CecilProgram.Build(ProgramName);
        Check(nameof(Cecil), Cecil());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lua?.Dispose();
        _lua = null;
        _cecil?.Dispose();
        _cecil = null;
    }

    [Benchmark(Baseline = true)]
    public long CSharp() => RunCSharp();

    [Benchmark]
    public long FSharp() => RunFSharp();

    [Benchmark]
    public double Jint() => Loaded(_jint).Run();

    [Benchmark]
    public object Jurassic() => Loaded(_jurassic).Run();

    [Benchmark]
    public object? NLua() => Loaded(_lua).Run();

    [Benchmark]
    public object? Vm() => Loaded(_vm).Run();

    [Benchmark]
    public object? Dynamic() => Loaded(_dynamic).Run();

    /// <summary>Tiered mode; BenchmarkDotNet's warm-up calls promote the hot functions to IL before measuring.</summary>
    [Benchmark]
    public object? Tiered() => Loaded(_tiered).Run();

    /// <summary>Dynamic mode with the opt-in long-lived tier: the IL in an in-memory assembly that the runtime compiles with tiered PGO.</summary>
    [Benchmark]
    public object? LongLived() => Loaded(_longLived).Run();

    /// <summary>The assembly <c>fluentc build</c> writes, referenced as an application would: <c>bench</c> called through a delegate to its public static method.</summary>
    [Benchmark]
    public long Cecil() => Loaded(_cecil).Run();

    /// <summary>
    /// An engine's result as an integer: JavaScript numbers are doubles, Jurassic may give an int, Lua
    /// a long or a double, fluentc a long (or a BigInteger past 64 bits). Null when it is not a whole number.
    /// </summary>
    public static long? AsInteger(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d when double.IsInteger(d) && Math.Abs(d) < 9.2e18 => (long)d,
        BigInteger b when b >= long.MinValue && b <= long.MaxValue => (long)b,
        _ => null,
    };

    /// <summary>The program in hand-written C#.</summary>
    protected abstract long RunCSharp();

    /// <summary>The program's F# module (Benchmarks/FSharp).</summary>
    protected abstract long RunFSharp();

    private void Check(string engine, object? actual)
    {
        if (AsInteger(actual) != Expected)
        {
            string shown = actual is null ? "nil" : Convert.ToString(actual, CultureInfo.InvariantCulture) + $" ({actual.GetType().Name})";
            throw new InvalidOperationException($"{GetType().Name}.{engine}: expected {Expected}, got {shown}");
        }
    }

    private T Loaded<T>(T? engine) where T : class =>
        engine ?? throw new InvalidOperationException($"{GetType().Name}: the {typeof(T).Name} was not loaded; run its [GlobalSetup] first");
}
