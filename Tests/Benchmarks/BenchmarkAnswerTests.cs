using FluentAI.Benchmarks;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Benchmarks;

/// <summary>Each benchmark class's GlobalSetup and each benchmark method run once, with the answer checked.</summary>
[TestClass]
public sealed class BenchmarkAnswerTests
{
    [TestMethod]
    public void VmEndToEndBenchmarksGiveTheirAnswers()
    {
        var benchmarks = new VmEndToEndBenchmarks();
        benchmarks.Setup();

        Assert.AreEqual(42L, benchmarks.Integer());
        Assert.AreEqual(3L, benchmarks.Addition());
        Assert.AreEqual("[1 2 3 4 5]", Printer.Display(benchmarks.ListLiteral()));
        Assert.AreEqual(21L, benchmarks.NestedArithmetic());
        Assert.IsInstanceOfType<FunctionValue>(benchmarks.Lambda());
        Assert.AreEqual(30L, benchmarks.Let());
    }

    [TestMethod]
    public void FibBenchmarksGiveTheirAnswers()
    {
        var benchmarks = new FibBenchmarks();
        benchmarks.Setup();

        Assert.AreEqual(FibBenchmarks.Expected, benchmarks.CSharp());
        Assert.AreEqual(FibBenchmarks.Expected, benchmarks.Vm());
    }
}
