using FluentAI.Benchmarks.Report;

namespace FluentAI.Tests.Benchmarks.Report;

[TestClass]
public sealed class ResultsFileTests
{
    [TestMethod]
    public void AResultsFileReadsBackToTheSameTable()
    {
        RatioTable table = RatioTable.Build(ReportSamples.TwoPrograms());
        var generated = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        ResultsFile file = ResultsFile.Parse(ResultsFile.From(table, "test machine", generated).ToJson());
        RatioTable read = file.ToTable();

        Assert.AreEqual(generated, file.Generated);
        Assert.AreEqual("test machine", file.Machine);
        CollectionAssert.AreEqual(table.Measurements().ToArray(), read.Measurements().ToArray());
        Assert.AreEqual(40.0, read.Ratio("Fib", "Vm"));
        Assert.IsTrue(read.Has("Tak", "Vm"));
        Assert.IsNull(read.Mean("Tak", "Vm"));
    }

    [TestMethod]
    public void TheFileCarriesRatiosForOtherTools()
    {
        string json = ResultsFile.From(RatioTable.Build(ReportSamples.TwoPrograms()), "m", DateTimeOffset.UnixEpoch).ToJson();

        Assert.Contains("\"engine\": \"Vm\"", json);
        Assert.Contains("\"ratio\": 40", json);
    }
}
