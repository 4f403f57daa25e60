using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FluentAI.Compiler.Emit.Cecil;
using FluentAI.Compiler.Text;

namespace FluentAI.Benchmarks;

/// <summary>
/// Integer code compiled by Emit.Cecil against the same functions in hand-written C#, in one run so
/// the Ratio column (per category) is the result: fib(30), tak(18, 12, 6) and a 10,000,000-iteration
/// tail loop. The FluentAI module is built in memory at setup, loaded, and its typed public methods
/// (<c>long Fib(long)</c>, ...) are called through delegates, as a C# caller would call them. The
/// assembly is loaded into a non-collectible context, as a referenced assembly is (collectible code
/// is compiled without tiering, so without the profile that lets the JIT inline recursion).
/// Goal: at most 1.2x the C# baseline. FluentAI integers never overflow (they become BigIntegers), so
/// its typed code uses checked arithmetic; the <c>CSharpChecked*</c> rows show what that alone costs C#.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CecilBenchmarks
{
    public const long FibN = 30;
    public const long FibExpected = 832040;
    public const long TakExpected = 7;
    public const long LoopCount = 10_000_000;

    public const string Source = """
        (module bench (export fib tak count-up)
          (define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
          (define (tak x y z)
            (if (< y x)
                (tak (tak (- x 1) y z) (tak (- y 1) z x) (tak (- z 1) x y))
                z))
          (define (count-up i acc) (if (== i 0) acc (count-up (- i 1) (+ acc 1)))))
        """;

    private LoadedAssembly? _assembly;
    private Func<long, long> _fib = null!;
    private Func<long, long, long, long> _tak = null!;
    private Func<long, long, long> _countUp = null!;

    /// <summary>Builds and loads the module, makes the delegates and checks every answer once; throws if one is wrong.</summary>
    [GlobalSetup]
    public void Setup()
    {
        CecilBuildResult build = CecilCompiler.Build([new SourceText(Source, "bench.ai")], new CecilBuildOptions { AssemblyName = "Bench" });
        if (!build.Succeeded)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, build.Diagnostics));
        }

        _assembly = LoadedAssembly.Load(build, collectible: false); // as an application references it: tiered, with PGO
        Type bench = _assembly.Assembly.GetType("Bench.Bench", throwOnError: true)!;
        _fib = bench.GetMethod("Fib")!.CreateDelegate<Func<long, long>>();
        _tak = bench.GetMethod("Tak")!.CreateDelegate<Func<long, long, long, long>>();
        _countUp = bench.GetMethod("CountUp")!.CreateDelegate<Func<long, long, long>>();
        Check(nameof(CSharpFib), CSharpFib(), FibExpected);
        Check(nameof(CecilFib), CecilFib(), FibExpected);
        Check(nameof(CSharpTak), CSharpTak(), TakExpected);
        Check(nameof(CecilTak), CecilTak(), TakExpected);
        Check(nameof(CSharpLoop), CSharpLoop(), LoopCount);
        Check(nameof(CecilLoop), CecilLoop(), LoopCount);
        Check(nameof(CSharpCheckedFib), CSharpCheckedFib(), FibExpected);
        Check(nameof(CSharpCheckedTak), CSharpCheckedTak(), TakExpected);
        Check(nameof(CSharpCheckedLoop), CSharpCheckedLoop(), LoopCount);
    }

    [GlobalCleanup]
    public void Cleanup() => _assembly?.Dispose();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("fib(30)")]
    public long CSharpFib() => Fib(FibN);

    [Benchmark]
    [BenchmarkCategory("fib(30)")]
    public long CecilFib() => _fib(FibN);

    [Benchmark]
    [BenchmarkCategory("fib(30)")]
    public long CSharpCheckedFib() => CheckedFib(FibN);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("tak(18,12,6)")]
    public long CSharpTak() => Tak(18, 12, 6);

    [Benchmark]
    [BenchmarkCategory("tak(18,12,6)")]
    public long CecilTak() => _tak(18, 12, 6);

    [Benchmark]
    [BenchmarkCategory("tak(18,12,6)")]
    public long CSharpCheckedTak() => CheckedTak(18, 12, 6);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("loop 10M")]
    public long CSharpLoop() => CountUp(LoopCount, 0);

    [Benchmark]
    [BenchmarkCategory("loop 10M")]
    public long CecilLoop() => _countUp(LoopCount, 0);

    [Benchmark]
    [BenchmarkCategory("loop 10M")]
    public long CSharpCheckedLoop() => CheckedCountUp(LoopCount, 0);

    public static long Fib(long n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

    public static long CheckedFib(long n) => n < 2 ? n : checked(CheckedFib(n - 1) + CheckedFib(n - 2));

    public static long CheckedTak(long x, long y, long z) =>
        y < x ? CheckedTak(CheckedTak(checked(x - 1), y, z), CheckedTak(checked(y - 1), z, x), CheckedTak(checked(z - 1), x, y)) : z;

    public static long CheckedCountUp(long i, long acc)
    {
        while (i != 0)
        {
            i = checked(i - 1);
            acc = checked(acc + 1);
        }

        return acc;
    }

    public static long Tak(long x, long y, long z) => y < x ? Tak(Tak(x - 1, y, z), Tak(y - 1, z, x), Tak(z - 1, x, y)) : z;

    public static long CountUp(long i, long acc)
    {
        while (i != 0)
        {
            i--;
            acc++;
        }

        return acc;
    }

    private static void Check(string benchmark, long actual, long expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"{benchmark}: expected {expected}, got {actual}");
        }
    }
}
