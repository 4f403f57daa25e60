using System.Globalization;
using System.Security;
using System.Text;

namespace FluentAI.Benchmarks.Report;

/// <summary>
/// A horizontal bar chart of one program's ratios to the baseline, written as SVG text. The axis is
/// logarithmic (the peers span 1x to hundreds of x), from the power of ten at or below the smallest
/// ratio to the one at or above the largest, with a grid line at each power of ten.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private const int LabelWidth = 90;
    private const int ValueWidth = 70;
    private const int BarHeight = 22;
    private const int BarGap = 8;
    private const int Top = 40;
    private const int AxisHeight = 24;

    /// <summary>The chart of <paramref name="table"/>'s ratios for <paramref name="program"/>; engines without a ratio are left out.</summary>
    public static string Render(RatioTable table, string program)
    {
        List<(string Label, double Ratio)> bars = [.. table.Engines
            .Select(engine => (Label: Formats.EngineName(engine), Ratio: table.Ratio(program, engine)))
            .Where(bar => bar.Ratio is > 0)
            .Select(bar => (bar.Label, bar.Ratio!.Value))];
        return Render($"{program}: time relative to {Formats.EngineName(table.Baseline)} (log scale, shorter is faster)", bars);
    }

    /// <summary>The chart of the given bars, top to bottom; every ratio must be positive.</summary>
    public static string Render(string title, IReadOnlyList<(string Label, double Ratio)> bars)
    {
        if (bars.Any(bar => !(bar.Ratio > 0) || double.IsInfinity(bar.Ratio)))
        {
            throw new ArgumentException("Every ratio must be positive and finite.", nameof(bars));
        }

        (int low, int high) = Decades(bars);
        double plotWidth = Width - LabelWidth - ValueWidth;
        double X(double ratio) => LabelWidth + (plotWidth * (Math.Log10(ratio) - low) / (high - low));

        int height = Top + (bars.Count * (BarHeight + BarGap)) + AxisHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <title>{Escape(title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect width=\"{Width}\" height=\"{height}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{Width / 2}\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">{Escape(title)}</text>\n");

        double axisY = Top + (bars.Count * (BarHeight + BarGap));
        for (int decade = low; decade <= high; decade++)
        {
            double x = X(Math.Pow(10, decade));
            svg.Append(CultureInfo.InvariantCulture, $"  <line x1=\"{x:0.#}\" y1=\"{Top - 4}\" x2=\"{x:0.#}\" y2=\"{axisY:0.#}\" stroke=\"#ccc\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{x:0.#}\" y=\"{axisY + 16:0.#}\" text-anchor=\"middle\" fill=\"#555\">{Escape(Formats.Ratio(Math.Pow(10, decade)))}</text>\n");
        }

        for (int i = 0; i < bars.Count; i++)
        {
            (string label, double ratio) = bars[i];
            double y = Top + (i * (BarHeight + BarGap));
            double barWidth = Math.Max(1, X(ratio) - LabelWidth);
            string fill = ratio <= 1 ? "#4c9a2a" : "#3b6ea5";
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{LabelWidth - 8}\" y=\"{y + 15:0.#}\" text-anchor=\"end\">{Escape(label)}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{LabelWidth}\" y=\"{y:0.#}\" width=\"{barWidth:0.#}\" height=\"{BarHeight}\" fill=\"{fill}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{LabelWidth + barWidth + 6:0.#}\" y=\"{y + 15:0.#}\">{Escape(Formats.Ratio(ratio))}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"  <line x1=\"{LabelWidth}\" y1=\"{axisY:0.#}\" x2=\"{Width - ValueWidth}\" y2=\"{axisY:0.#}\" stroke=\"#555\"/>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>The axis range in powers of ten; at least one decade wide, and always including 1x.</summary>
    private static (int Low, int High) Decades(IReadOnlyList<(string Label, double Ratio)> bars)
    {
        double smallest = bars.Count == 0 ? 1 : Math.Min(1, bars.Min(bar => bar.Ratio));
        double largest = bars.Count == 0 ? 10 : Math.Max(1, bars.Max(bar => bar.Ratio));
        int low = (int)Math.Floor(Math.Log10(smallest));
        int high = (int)Math.Ceiling(Math.Log10(largest));
        return (low, Math.Max(high, low + 1));
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
