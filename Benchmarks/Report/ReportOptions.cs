using System.Globalization;

namespace FluentAI.Benchmarks.Report;

/// <summary>
/// The report's own arguments, taken out of the command line; everything else goes to BenchmarkDotNet.
/// <c>--report</c> [<c>--previous FILE</c>] [<c>--threshold 0.10</c>] [<c>--results DIR</c>: read
/// BenchmarkDotNet's JSON exports instead of running] [<c>--report-dir DIR</c>: where to write]
/// [<c>--cold-runs N</c>: fresh processes per engine for the cold first eval, 0 to skip it].
/// </summary>
public sealed record ReportOptions(
    string? Previous,
    double Threshold,
    string? ResultsDirectory,
    string ReportDirectory,
    IReadOnlyList<string> BenchmarkArguments,
    int ColdRuns = ReportOptions.DefaultColdRuns)
{
    public const string ReportFlag = "--report";
    public const double DefaultThreshold = 0.10;
    public const int DefaultColdRuns = 5;
    public static readonly string DefaultReportDirectory = Path.Combine("BenchmarkDotNet.Artifacts", "report");

    public static bool IsReport(IEnumerable<string> args) => args.Contains(ReportFlag, StringComparer.Ordinal);

    /// <exception cref="ArgumentException">A report option without its value, or a threshold that is not a non-negative number.</exception>
    public static ReportOptions Parse(IReadOnlyList<string> args)
    {
        string? previous = null;
        string? results = null;
        string reportDirectory = DefaultReportDirectory;
        double threshold = DefaultThreshold;
        int coldRuns = DefaultColdRuns;
        var rest = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case ReportFlag:
                    break;
                case "--previous":
                    previous = ValueOf(args, ref i);
                    break;
                case "--results":
                    results = ValueOf(args, ref i);
                    break;
                case "--report-dir":
                    reportDirectory = ValueOf(args, ref i);
                    break;
                case "--threshold":
                    string text = ValueOf(args, ref i);
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) || !(threshold >= 0))
                    {
                        throw new ArgumentException($"--threshold expects a non-negative number such as 0.10, got '{text}'");
                    }

                    break;
                case "--cold-runs":
                    string runs = ValueOf(args, ref i);
                    if (!int.TryParse(runs, NumberStyles.None, CultureInfo.InvariantCulture, out coldRuns))
                    {
                        throw new ArgumentException($"--cold-runs expects a non-negative whole number such as 5, got '{runs}'");
                    }

                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new ReportOptions(previous, threshold, results, reportDirectory, rest, coldRuns);
    }

    private static string ValueOf(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{args[i]} expects a value");
        }

        i++;
        return args[i];
    }
}
