using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FluentAI.Benchmarks;

/// <summary>MB/s of <see cref="ParserThroughputBenchmarks"/>: program bytes divided by the mean time.</summary>
public sealed class ParserThroughputColumn : IColumn
{
    public string Id => nameof(ParserThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 bytes) of source parsed per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not > 0)
        {
            return "NA";
        }

        // The benchmark runs in another process; regenerate the program here to know its size.
        int bytes = ParserThroughputBenchmarks.Generate(ParserThroughputBenchmarks.TargetBytes).Program.Length;
        return (bytes / meanNs.Value * 1e9 / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
