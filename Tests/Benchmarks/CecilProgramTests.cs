using FluentAI.Benchmarks.CrossLanguage;

namespace FluentAI.Tests.Benchmarks;

/// <summary>
/// The Cecil column's program builds: every program's <c>bench</c> is typed code (integers, lists, data values,
/// and <c>string-join</c> and <c>string-length</c> for <c>string_build</c>), so each gets a typed <c>long Bench()</c>,
/// called without boxing; every one answers.
/// </summary>
[TestClass]
public sealed class CecilProgramTests
{
    [TestMethod]
    [DataRow("fib", true, 832040L)]
    [DataRow("tak", true, 7L)]
    [DataRow("tail_loop", true, 50_000_005_000_000L)]
    [DataRow("mutual_recursion", true, 2L)]
    [DataRow("nqueens", true, 92L)]
    [DataRow("map_filter_fold", true, 7_500_150_000L)]
    [DataRow("string_build", true, 48_889L)]
    [DataRow("tree_match", true, 2_147_450_880L)]
    public void AProgramBuildsToATypedOrAnUntypedBench(string name, bool typed, long answer)
    {
        using CecilProgram program = CecilProgram.Build(name);

        Assert.AreEqual(typed, program.IsTyped, $"{name}: bench typed");
        Assert.AreEqual(answer, program.Run());
        Assert.AreEqual(answer, program.Run(), "a second call gives the same answer");
    }
}
