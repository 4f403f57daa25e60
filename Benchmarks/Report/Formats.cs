using System.Globalization;

namespace FluentAI.Benchmarks.Report;

/// <summary>How the report writes times, ratios and engine names.</summary>
public static class Formats
{
    /// <summary>"C#" and "F#" for the method names CSharp and FSharp; other engines as named.</summary>
    public static string EngineName(string engine) => engine switch
    {
        "CSharp" => "C#",
        "FSharp" => "F#",
        _ => engine,
    };

    /// <summary>Three significant digits at most, then "x": 1.00x, 12.3x, 456x, 1234x.</summary>
    public static string Ratio(double ratio) => ratio switch
    {
        < 10 => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x",
        < 100 => ratio.ToString("0.0", CultureInfo.InvariantCulture) + "x",
        _ => ratio.ToString("0", CultureInfo.InvariantCulture) + "x",
    };

    /// <summary>A duration in the largest unit that keeps it at 1 or more: 850 ns, 12.3 μs, 4.56 ms, 1.20 s.</summary>
    public static string Time(double nanoseconds)
    {
        (double value, string unit) = nanoseconds switch
        {
            >= 1e9 => (nanoseconds / 1e9, "s"),
            >= 1e6 => (nanoseconds / 1e6, "ms"),
            >= 1e3 => (nanoseconds / 1e3, "μs"),
            _ => (nanoseconds, "ns"),
        };
        string format = value < 10 ? "0.00" : value < 100 ? "0.0" : "0";
        return value.ToString(format, CultureInfo.InvariantCulture) + " " + unit;
    }

    /// <summary>A relative change as a signed percentage: +25%, -3%.</summary>
    public static string Change(double change) =>
        (change >= 0 ? "+" : "") + (change * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
