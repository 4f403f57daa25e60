using BenchmarkDotNet.Attributes;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Benchmarks;

/// <summary>
/// Recursive fib(25) on the VM against the same function in hand-written C#, in one run so the
/// Ratio column is the result. Goal: the VM at most 30x the C# baseline.
/// </summary>
[MemoryDiagnoser]
public class FibBenchmarks
{
    public const long N = 25;
    public const long Expected = 75025;
    public const string FibSource = "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))";

    private FluentEngine _engine = null!;

    /// <summary>Defines fib on a fresh engine and checks both answers once; throws if one is wrong.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = new FluentEngine(new FluentEngineOptions { Mode = ExecutionMode.Vm, Output = TextWriter.Null });
        _engine.Eval(FibSource);
        Check(nameof(CSharp), CSharp());
        Check(nameof(Vm), Vm());
    }

    [Benchmark(Baseline = true)]
    public long CSharp() => Fib(N);

    [Benchmark]
    public object? Vm() => _engine.Call("fib", N);

    public static long Fib(long n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

    private static void Check(string benchmark, object? actual)
    {
        if (actual is not long value || value != Expected)
        {
            throw new InvalidOperationException($"{benchmark}: expected {Expected}, got {actual ?? "nil"}");
        }
    }
}
