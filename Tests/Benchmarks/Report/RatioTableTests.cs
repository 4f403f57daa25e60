using FluentAI.Benchmarks.Report;

namespace FluentAI.Tests.Benchmarks.Report;

[TestClass]
public sealed class RatioTableTests
{
    [TestMethod]
    public void RatiosAreEachEnginesMeanOverTheCSharpMeanOfTheSameProgram()
    {
        RatioTable table = RatioTable.Build(ReportSamples.TwoPrograms());

        Assert.AreEqual(1.0, table.Ratio("Fib", "CSharp"));
        Assert.AreEqual(0.5, table.Ratio("Fib", "FSharp"));
        Assert.AreEqual(40.0, table.Ratio("Fib", "Vm"));
        Assert.AreEqual(100.0, table.Ratio("Tak", "Jint"));
    }

    [TestMethod]
    public void KnownEnginesComeInTheirFixedOrderAndNewModesAfterThem()
    {
        RatioTable table = RatioTable.Build(
        [
            new("Fib", "Wasm", 6), new("Fib", "Tiered", 3), new("Fib", "Cecil", 5), new("Fib", "Vm", 2),
            new("Fib", "LongLived", 4), new("Fib", "CSharp", 1), new("Fib", "Dynamic", 4),
        ]);

        CollectionAssert.AreEqual(new[] { "CSharp", "Vm", "Dynamic", "Tiered", "LongLived", "Cecil", "Wasm" }, table.Engines.ToArray());
    }

    [TestMethod]
    public void ProgramsKeepTheirFirstSeenOrder()
    {
        RatioTable table = RatioTable.Build(ReportSamples.TwoPrograms());

        CollectionAssert.AreEqual(new[] { "Fib", "Tak" }, table.Programs.ToArray());
    }

    [TestMethod]
    public void AFailedOrMissingBenchmarkHasNoRatio()
    {
        RatioTable table = RatioTable.Build(ReportSamples.TwoPrograms());

        Assert.IsTrue(table.Has("Tak", "Vm"));
        Assert.IsNull(table.Ratio("Tak", "Vm"));
        Assert.IsFalse(table.Has("Tak", "FSharp"));
        Assert.IsNull(table.Ratio("Tak", "FSharp"));
    }

    [TestMethod]
    public void WithoutABaselineMeasurementNoEngineHasARatio()
    {
        RatioTable table = RatioTable.Build([new("Fib", "Vm", 80e6), new("Fib", "CSharp", null)]);

        Assert.IsNull(table.Ratio("Fib", "Vm"));
    }

    [TestMethod]
    public void ProgramClassNamesLoseTheirSuffix()
    {
        Assert.AreEqual("TailLoop", Measurement.ProgramNameOf("TailLoopProgramBenchmarks"));
        Assert.AreEqual("FibBenchmarks", Measurement.ProgramNameOf("FibBenchmarks"));
        Assert.AreEqual("ProgramBenchmarks", Measurement.ProgramNameOf("ProgramBenchmarks"));
    }
}
