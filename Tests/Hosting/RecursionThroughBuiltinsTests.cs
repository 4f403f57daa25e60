namespace FluentAI.Tests.Hosting;

/// <summary>
/// Recursion that passes through a higher-order builtin (map, filter, apply) must stop with "Stack overflow: recursion too deep"
/// like any other runaway recursion, never crash the process. Each case runs in a child process so a crash fails only the test.
/// (The VM case runs in process: FluentEngineTests.DeepRecursionThroughBuiltins_StopsCleanly.)
/// </summary>
[TestClass]
public sealed class RecursionThroughBuiltinsTests
{
    private const string MapInTailPosition = "(define (nest n) (map (lambda (x) (nest x)) [n]))\n(nest 1)";
    private const string MapAsAnArgument = "(define (nest n) (+ 1 (length (map (lambda (x) (nest x)) [n]))))\n(nest 1)";
    private const string ApplyInTailPosition = "(define (f n) (apply f [n]))\n(f 1)";
    private const string FilterInTailPosition = "(define (h n) (filter (lambda (x) (h x)) [n]))\n(h 1)";

    private static void AssertStackOverflowError(string source, params string[] engine)
    {
        ChildProcessRun.Result result = ChildProcessRun.Run(source, engine);
        string what = $"fluentc run {string.Join(' ', engine)}: exit code {result.ExitCode}\n{result.Error}";
        Assert.AreEqual(1, result.ExitCode, what.Length > 2000 ? what[..2000] : what);
        StringAssert.Contains(result.Error, "runtime error: Stack overflow: recursion too deep");
    }

    [TestMethod]
    [DataRow(MapInTailPosition, "dynamic")]
    [DataRow(MapAsAnArgument, "dynamic")]
    [DataRow(ApplyInTailPosition, "dynamic")]
    [DataRow(FilterInTailPosition, "dynamic")]
    [DataRow(MapInTailPosition, "tiered")]
    public void InIL_ItIsAStackOverflowErrorNotACrash(string source, string engine)
    {
        AssertStackOverflowError(source, "--engine", engine, "--tier-threshold", "1");
    }
}
