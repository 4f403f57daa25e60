namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>
/// A tail-recursive loop of 10,000,000 iterations with an accumulator: the sum of 1..10^7
/// (Programs/tail_loop.ai). C# has no guaranteed tail calls, so its version is the loop the tail call
/// stands for; F# and Lua keep the tail-recursive function.
/// </summary>
public class TailLoopProgramBenchmarks : ProgramBenchmarks
{
    public const long N = 10_000_000;

    public override string ProgramName => "tail_loop";

    public override long Expected => 50_000_005_000_000;

    protected override long RunCSharp() => SumTo(1, N, 0);

    protected override long RunFSharp() => FluentAI.Benchmarks.FSharp.TailLoop.bench();

    private static long SumTo(long i, long n, long acc)
    {
        while (i <= n)
        {
            acc += i;
            i++;
        }

        return acc;
    }
}
