using System.Globalization;
using System.Xml.Linq;
using FluentAI.Benchmarks.Report;

namespace FluentAI.Tests.Benchmarks.Report;

[TestClass]
public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [TestMethod]
    public void TheChartIsWellFormedSvgWithOneLabelledBarPerEngineWithARatio()
    {
        RatioTable table = RatioTable.Build(ReportSamples.TwoPrograms());

        XDocument chart = XDocument.Parse(SvgChart.Render(table, "Fib"));

        Assert.AreEqual(Svg + "svg", chart.Root!.Name);
        Assert.HasCount(3, Bars(chart));
        string[] texts = [.. chart.Descendants(Svg + "text").Select(t => t.Value)];
        CollectionAssert.IsSubsetOf(new[] { "C#", "F#", "Vm", "1.00x", "0.50x", "40.0x" }, texts);
    }

    [TestMethod]
    public void EnginesWithoutARatioAreLeftOut()
    {
        RatioTable table = RatioTable.Build(ReportSamples.TwoPrograms());

        XDocument chart = XDocument.Parse(SvgChart.Render(table, "Tak"));

        Assert.HasCount(2, Bars(chart));
        Assert.IsFalse(chart.Descendants(Svg + "text").Any(t => t.Value == "Vm"));
    }

    [TestMethod]
    public void BarLengthsFollowTheLogarithmOfTheRatio()
    {
        XDocument chart = XDocument.Parse(SvgChart.Render("t", [("a", 10), ("b", 100), ("c", 1000)]));

        double[] widths = [.. Bars(chart).Select(b => double.Parse(b.Attribute("width")!.Value, CultureInfo.InvariantCulture))];
        Assert.AreEqual(widths[0] * 2, widths[1], 0.2);
        Assert.AreEqual(widths[0] * 3, widths[2], 0.2);
    }

    [TestMethod]
    public void TextIsEscaped()
    {
        string chart = SvgChart.Render("a < b & c", [("<x>", 2)]);

        Assert.Contains("a &lt; b &amp; c", chart);
        Assert.Contains("&lt;x&gt;", chart);
        _ = XDocument.Parse(chart);
    }

    [TestMethod]
    public void ANonPositiveRatioIsRejected() =>
        Assert.ThrowsExactly<ArgumentException>(() => SvgChart.Render("t", [("a", 0)]));

    /// <summary>The bars: every rect but the white background.</summary>
    private static XElement[] Bars(XDocument chart) =>
        [.. chart.Descendants(Svg + "rect").Where(r => r.Attribute("fill")?.Value != "white")];
}
