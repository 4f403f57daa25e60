using FluentAI.Benchmarks.Report;

namespace FluentAI.Tests.Benchmarks.Report;

[TestClass]
public sealed class MarkdownReportTests
{
    [TestMethod]
    public void TheTableHasARowPerProgramAndARatioPerEngine()
    {
        RatioTable table = RatioTable.Build(ReportSamples.TwoPrograms());

        Assert.AreEqual(
            """
            | program | C# mean | C# | F# | Jint | Vm |
            |---|---:|---:|---:|---:|---:|
            | Fib | 2.00 ms | 1.00x | 0.50x | — | 40.0x |
            | Tak | 500 μs | 1.00x | — | 100x | failed |

            """.ReplaceLineEndings("\n"),
            MarkdownReport.RenderTable(table));
    }

    [TestMethod]
    public void TheReportLinksEachChartAndListsRegressions()
    {
        RatioTable table = RatioTable.Build(ReportSamples.TwoPrograms());
        var charts = new Dictionary<string, string> { ["Fib"] = "Fib.svg", ["Tak"] = "Tak.svg" };

        string report = MarkdownReport.Render(table, "test machine", [new Regression("Fib", "Vm", 32, 40)], 0.10, charts);

        Assert.Contains("Machine: test machine", report);
        Assert.Contains("![Fib](Fib.svg)\n![Tak](Tak.svg)", report);
        Assert.Contains("## Regressions above +10% against the previous run", report);
        Assert.Contains("- Fib on Vm: 32.0x -> 40.0x (+25%)", report);
    }

    [TestMethod]
    public void NoRegressionsIsSaid()
    {
        Assert.AreEqual("No regressions above +10% against the previous run.\n", MarkdownReport.RenderRegressions([], 0.10));
    }

    [TestMethod]
    public void TimesAndRatiosAreShortAndCultureIndependent()
    {
        Assert.AreEqual("850 ns", Formats.Time(850));
        Assert.AreEqual("12.3 μs", Formats.Time(12_345));
        Assert.AreEqual("4.57 ms", Formats.Time(4_567_000));
        Assert.AreEqual("1.20 s", Formats.Time(1.2e9));
        Assert.AreEqual("1.23x", Formats.Ratio(1.234));
        Assert.AreEqual("45.7x", Formats.Ratio(45.67));
        Assert.AreEqual("457x", Formats.Ratio(456.7));
        Assert.AreEqual("C#", Formats.EngineName("CSharp"));
        Assert.AreEqual("Vm", Formats.EngineName("Vm"));
    }
}
