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

    [TestMethod]
    public void StartupFirstEvalAndGoalsAreWrittenAndReadBack()
    {
        var data = new ReportData();
        data.Add("StartupBenchmarks", "CSharpHello", 50e6);
        data.Add("StartupBenchmarks", "Fluentc", 100e6);
        data.Add("FirstEvalBenchmarks", "Vm", 20e3);
        data.AddCold([new ColdTiming("Vm", [12, 14])]);
        GoalResult[] goals = [new("g", GoalStatus.NotMet, ["d"])];

        string json = ResultsFile.From(RatioTable.Build(ReportSamples.TwoPrograms()), "m", DateTimeOffset.UnixEpoch, data, goals).ToJson();
        ResultsFile file = ResultsFile.Parse(json);

        Assert.Contains("\"status\": \"NotMet\"", json);
        Assert.AreEqual(2.0, file.Startup!.Single(e => e.Engine == "Fluentc").Ratio);
        Assert.AreEqual(20e3, file.FirstEval!.Single().MeanNanoseconds);
        CollectionAssert.AreEqual(new[] { 12.0, 14 }, file.ColdFirstEval!.Single().Milliseconds.ToArray());
        Assert.AreEqual(new GoalResult("g", GoalStatus.NotMet, ["d"]).Goal, file.Goals!.Single().Goal);
        Assert.AreEqual(GoalStatus.NotMet, file.Goals!.Single().Status);
    }

    [TestMethod]
    public void AnEarlierFileWithoutTheNewSectionsStillReads()
    {
        ResultsFile file = ResultsFile.Parse(ResultsFile.From(RatioTable.Build(ReportSamples.TwoPrograms()), "m", DateTimeOffset.UnixEpoch).ToJson());

        Assert.IsNull(file.Startup);
        Assert.IsNull(file.Goals);
        Assert.HasCount(2, file.ToTable().Programs);
    }
}
