using FluentAI.Benchmarks.Report;

namespace FluentAI.Tests.Benchmarks.Report;

[TestClass]
public sealed class ReportOptionsTests
{
    [TestMethod]
    public void ReportOptionsAreTakenOutAndTheRestGoesToBenchmarkDotNet()
    {
        ReportOptions options = ReportOptions.Parse(["--report", "--previous", "old.json", "--filter", "*Fib*", "--threshold", "0.2", "--job", "short"]);

        Assert.AreEqual("old.json", options.Previous);
        Assert.AreEqual(0.2, options.Threshold);
        Assert.IsNull(options.ResultsDirectory);
        CollectionAssert.AreEqual(new[] { "--filter", "*Fib*", "--job", "short" }, options.BenchmarkArguments.ToArray());
    }

    [TestMethod]
    public void ColdRunsAreAReportOption()
    {
        ReportOptions options = ReportOptions.Parse(["--report", "--cold-runs", "0", "--job", "short"]);

        Assert.AreEqual(0, options.ColdRuns);
        CollectionAssert.AreEqual(new[] { "--job", "short" }, options.BenchmarkArguments.ToArray());
    }

    [TestMethod]
    public void DefaultsAreTenPercentAndTheArtifactsReportFolder()
    {
        ReportOptions options = ReportOptions.Parse(["--report"]);

        Assert.AreEqual(0.10, options.Threshold);
        Assert.AreEqual(5, options.ColdRuns);
        Assert.AreEqual(Path.Combine("BenchmarkDotNet.Artifacts", "report"), options.ReportDirectory);
        Assert.IsTrue(ReportOptions.IsReport(["--job", "short", "--report"]));
        Assert.IsFalse(ReportOptions.IsReport(["--filter", "*"]));
    }

    [TestMethod]
    public void AnOptionWithoutItsValueOrABadThresholdIsAnError()
    {
        Assert.ThrowsExactly<ArgumentException>(() => ReportOptions.Parse(["--report", "--previous"]));
        Assert.ThrowsExactly<ArgumentException>(() => ReportOptions.Parse(["--report", "--previous", "--threshold", "0.1"]));
        Assert.ThrowsExactly<ArgumentException>(() => ReportOptions.Parse(["--report", "--threshold", "ten"]));
        Assert.ThrowsExactly<ArgumentException>(() => ReportOptions.Parse(["--report", "--threshold", "-1"]));
        Assert.ThrowsExactly<ArgumentException>(() => ReportOptions.Parse(["--report", "--cold-runs", "-1"]));
        Assert.ThrowsExactly<ArgumentException>(() => ReportOptions.Parse(["--report", "--cold-runs", "five"]));
    }
}
