namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>fib(30): doubly recursive, non-tail calls and integer arithmetic (Programs/fib.ai).</summary>
public class FibProgramBenchmarks : ProgramBenchmarks
{
    public const long N = 30;

    public override string ProgramName => "fib";

    public override long Expected => 832040;

    protected override long RunCSharp() => Fib(N);

    protected override long RunFSharp() => FluentAI.Benchmarks.FSharp.Fib.bench();

    private static long Fib(long n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
}
