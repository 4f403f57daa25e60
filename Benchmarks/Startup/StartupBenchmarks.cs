using BenchmarkDotNet.Attributes;
using FluentAI.Benchmarks.CrossLanguage;

namespace FluentAI.Benchmarks.Startup;

/// <summary>
/// Process startup: one whole process per invocation, started and waited for. <c>fluentc run</c> of
/// <c>Programs/startup/print_one.ai</c> (<c>(io:print 1)</c>) on each engine against a C# hello world
/// (<c>Benchmarks/HelloWorld</c>), the baseline. Every invocation checks the process's exit code and
/// output ("1\n", "Hello, World!\n"). The goal: <c>fluentc run</c> within 1.5x of the C# hello world.
/// </summary>
/// <remarks>
/// Both are started through their apphosts, found or built by <see cref="BuiltExecutable"/>. A new
/// way to start a FluentAI program is one more benchmark method here: a Cecil column, say, would run
/// <c>fluentc run --engine cecil</c>, or the assembly <c>fluentc build</c> wrote, built once in
/// <see cref="Setup"/>; the report lists it after the known columns.
/// </remarks>
public class StartupBenchmarks
{
    public const string HelloOutput = "Hello, World!\n";
    public const string PrintOneOutput = "1\n";

    /// <summary>The program every <c>fluentc run</c> benchmark runs: <c>(io:print 1)</c>.</summary>
    public static string PrintOneProgram => Path.Combine(ProgramFiles.Directory, "startup", "print_one.ai");

    [GlobalSetup]
    public void Setup()
    {
        // Find (or build) both executables before measuring, say which, and fail early on a wrong answer.
        Console.WriteLine($"// C# hello world: {BuiltExecutable.HelloWorld.Describe()}");
        Console.WriteLine($"// fluentc: {BuiltExecutable.Fluentc.Describe()}");
        _ = CSharpHello();
        _ = Fluentc();
    }

    [Benchmark(Baseline = true)]
    public string CSharpHello() => BuiltExecutable.HelloWorld.Run().Expect("C# hello world", HelloOutput);

    /// <summary><c>fluentc run</c> with the default engine (tiered).</summary>
    [Benchmark]
    public string Fluentc() => RunFluentc();

    /// <summary><c>fluentc run --engine vm</c>: the bytecode VM only.</summary>
    [Benchmark]
    public string FluentcVm() => RunFluentc("--engine", "vm");

    /// <summary><c>fluentc run --engine dynamic</c>: every form compiled to IL first.</summary>
    [Benchmark]
    public string FluentcDynamic() => RunFluentc("--engine", "dynamic");

    private static string RunFluentc(params string[] options) =>
        BuiltExecutable.Fluentc.Run(["run", .. options, PrintOneProgram]).Expect($"fluentc run {string.Join(' ', options)}".TrimEnd(), PrintOneOutput);
}
