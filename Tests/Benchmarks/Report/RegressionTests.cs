using FluentAI.Benchmarks.Report;

namespace FluentAI.Tests.Benchmarks.Report;

[TestClass]
public sealed class RegressionTests
{
    [TestMethod]
    public void AnEngineWhoseRatioGrewPastTheThresholdIsARegression()
    {
        RatioTable previous = RatioTable.Build([new("Fib", "CSharp", 2e6), new("Fib", "Vm", 80e6), new("Fib", "Jint", 200e6)]);
        RatioTable current = RatioTable.Build([new("Fib", "CSharp", 2e6), new("Fib", "Vm", 100e6), new("Fib", "Jint", 210e6)]);

        IReadOnlyList<Regression> regressions = Regression.Find(previous, current, 0.10);

        Assert.HasCount(1, regressions);
        Assert.AreEqual(new Regression("Fib", "Vm", 40, 50), regressions[0]);
        Assert.AreEqual(0.25, regressions[0].Change, 1e-12);
    }

    [TestMethod]
    public void RatiosAreComparedNotTimes()
    {
        // Everything twice as slow (a busier machine): no engine lost ground against C#.
        RatioTable previous = RatioTable.Build([new("Fib", "CSharp", 2e6), new("Fib", "Vm", 80e6)]);
        RatioTable current = RatioTable.Build([new("Fib", "CSharp", 4e6), new("Fib", "Vm", 160e6)]);

        Assert.IsEmpty(Regression.Find(previous, current, 0.10));
    }

    [TestMethod]
    public void GrowthAtTheThresholdIsNotARegression()
    {
        RatioTable previous = RatioTable.Build([new("Fib", "CSharp", 1), new("Fib", "Vm", 40)]);
        RatioTable current = RatioTable.Build([new("Fib", "CSharp", 1), new("Fib", "Vm", 44)]);

        Assert.IsEmpty(Regression.Find(previous, current, 0.10));
        Assert.HasCount(1, Regression.Find(previous, current, 0.05));
    }

    [TestMethod]
    public void ABenchmarkThatRanBeforeAndFailsNowIsARegression()
    {
        RatioTable previous = RatioTable.Build([new("Tak", "CSharp", 1), new("Tak", "Vm", 10)]);
        RatioTable current = RatioTable.Build([new("Tak", "CSharp", 1), new("Tak", "Vm", null)]);

        Regression regression = Regression.Find(previous, current, 0.10).Single();

        Assert.IsTrue(regression.Failed);
        Assert.AreEqual("Tak on Vm: 10.0x -> failed", MarkdownReport.Describe(regression));
    }

    [TestMethod]
    public void ProgramsAndEnginesInOnlyOneRunAreSkipped()
    {
        RatioTable previous = RatioTable.Build([new("Fib", "CSharp", 1), new("Fib", "Vm", 10)]);
        RatioTable current = RatioTable.Build([new("Fib", "CSharp", 1), new("Fib", "Dynamic", 30), new("Tak", "CSharp", 1), new("Tak", "Vm", 99)]);

        Assert.IsEmpty(Regression.Find(previous, current, 0.10));
    }
}
