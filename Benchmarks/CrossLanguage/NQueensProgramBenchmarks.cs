namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>
/// nqueens(8): count the placements of 8 queens with the rows placed so far in an immutable linked
/// list, newest first (Programs/nqueens.ai). Recursion is at most 8 * 8 deep, so calls stay calls.
/// </summary>
public class NQueensProgramBenchmarks : ProgramBenchmarks
{
    public const long N = 8;

    public override string ProgramName => "nqueens";

    public override long Expected => 92;

    protected override long RunCSharp() => Queens(N, 0, null);

    protected override long RunFSharp() => FluentAI.Benchmarks.FSharp.NQueens.bench();

    private static bool Safe(long row, long dist, Cons? placed) =>
        placed is null
        || (placed.Head != row && placed.Head != row + dist && placed.Head != row - dist && Safe(row, dist + 1, placed.Tail));

    private static long TryRows(long row, long n, long k, Cons? placed, long acc) =>
        row > n
            ? acc
            : TryRows(row + 1, n, k, placed, Safe(row, 1, placed) ? acc + Queens(n, k + 1, new Cons(row, placed)) : acc);

    private static long Queens(long n, long k, Cons? placed) => k == n ? 1 : TryRows(1, n, k, placed, 0);

    /// <summary>A cons cell; null is the empty list.</summary>
    private sealed record Cons(long Head, Cons? Tail);
}
