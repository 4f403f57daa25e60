namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>
/// A match-heavy tree program: a complete binary tree of depth 16 (65,535 nodes) with heap-index
/// values, built recursively and summed with a pattern match (Programs/tree_match.ai).
/// </summary>
public class TreeMatchProgramBenchmarks : ProgramBenchmarks
{
    public const long Depth = 16;

    public override string ProgramName => "tree_match";

    public override long Expected => 2_147_450_880;

    protected override long RunCSharp() => Sum(Build(Depth, 1));

    protected override long RunFSharp() => FluentAI.Benchmarks.FSharp.TreeMatch.bench();

    private static Tree Build(long depth, long index) =>
        depth == 0 ? Leaf.Instance : new Node(Build(depth - 1, 2 * index), index, Build(depth - 1, (2 * index) + 1));

    private static long Sum(Tree tree) => tree switch
    {
        Leaf => 0,
        Node(Tree left, long value, Tree right) => value + Sum(left) + Sum(right),
        _ => throw new InvalidOperationException("No patterns matched value"),
    };

    private abstract record Tree;

    private sealed record Leaf : Tree
    {
        public static readonly Leaf Instance = new();
    }

    private sealed record Node(Tree Left, long Value, Tree Right) : Tree;
}
