using FluentAI.Benchmarks.Report;

namespace FluentAI.Tests.Benchmarks.Report;

[TestClass]
public sealed class ReportDataTests
{
    [TestMethod]
    public void ResultsAreSortedByTheirBenchmarkClass()
    {
        var data = new ReportData();
        data.Add("FibProgramBenchmarks", "Vm", 1);
        data.Add("StartupBenchmarks", "Fluentc", 2);
        data.Add("FirstEvalBenchmarks", "Tiered", 3);
        data.Add("ParserBenchmarks", "SimpleExpr", 4);
        data.Add("ProgramBenchmarks", "Vm", 5);

        CollectionAssert.AreEqual(new[] { new Measurement("Fib", "Vm", 1) }, data.Programs.ToArray());
        CollectionAssert.AreEqual(new[] { new Measurement("StartupBenchmarks", "Fluentc", 2) }, data.Startup.ToArray());
        CollectionAssert.AreEqual(new[] { new Measurement("FirstEvalBenchmarks", "Tiered", 3) }, data.FirstEval.ToArray());
        Assert.IsFalse(data.IsEmpty);
        Assert.IsTrue(new ReportData().IsEmpty);
    }

    [TestMethod]
    public void ALaterResultReplacesAnEarlierOne()
    {
        var data = new ReportData();
        data.Add("FibProgramBenchmarks", "Vm", 1);
        data.Add("FibProgramBenchmarks", "Vm", 2);
        data.AddCold([new ColdTiming("Vm", [1])]);
        data.AddCold([new ColdTiming("Vm", [2, 3])]);

        Assert.AreEqual(2.0, data.Programs.Single().MeanNanoseconds);
        Assert.AreEqual(2.5, data.ColdFirstEval.Single().Median);
    }

    [TestMethod]
    public void StartupRatiosAreToTheCSharpHelloWorld()
    {
        var data = new ReportData();
        data.Add("StartupBenchmarks", "Fluentc", 90e6);
        data.Add("StartupBenchmarks", "CSharpHello", 60e6);

        Assert.AreEqual(1.5, data.StartupTable().Ratio("StartupBenchmarks", "Fluentc"));
    }

    [TestMethod]
    public void AColdTimingHasAMedianAndAMinimum()
    {
        Assert.AreEqual(12.0, new ColdTiming("Vm", [30, 12, 11]).Median);
        Assert.AreEqual(11.5, new ColdTiming("Vm", [30, 12, 11, 5]).Median);
        Assert.AreEqual(5.0, new ColdTiming("Vm", [30, 12, 11, 5]).Min);
        Assert.IsTrue(double.IsNaN(new ColdTiming("Vm", []).Median));
    }
}
