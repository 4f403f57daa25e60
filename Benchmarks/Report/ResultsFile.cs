using System.Text.Json;
using System.Text.Json.Serialization;

namespace FluentAI.Benchmarks.Report;

/// <summary>
/// The machine-readable results of one report run (<c>results.json</c>): when, where, the baseline and
/// every program measurement with its ratio, then the startup results (ratios to the C# hello world),
/// the in-process and cold first-eval results and the goals. A later run reads it back with
/// <c>--previous FILE</c>; ratios are recomputed from the program means on reading, the stored ones are
/// for people and other tools. The sections after <see cref="Results"/> are optional.
/// </summary>
public sealed record ResultsFile(
    DateTimeOffset Generated,
    string Machine,
    string Baseline,
    IReadOnlyList<ResultsFile.Entry> Results,
    IReadOnlyList<ResultsFile.Entry>? Startup = null,
    IReadOnlyList<ResultsFile.Entry>? FirstEval = null,
    IReadOnlyList<ColdTiming>? ColdFirstEval = null,
    IReadOnlyList<GoalResult>? Goals = null)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static ResultsFile From(RatioTable table, string machine, DateTimeOffset generated, ReportData? data = null, IReadOnlyList<GoalResult>? goals = null)
    {
        RatioTable? startup = data?.StartupTable();
        return new(
            generated,
            machine,
            table.Baseline,
            Entries(table),
            startup is null || startup.Programs.Count == 0 ? null : Entries(startup),
            data is null || data.FirstEval.Count == 0 ? null : [.. data.FirstEval.Select(m => new Entry(m.Program, m.Engine, m.MeanNanoseconds, null))],
            data is null || data.ColdFirstEval.Count == 0 ? null : data.ColdFirstEval,
            goals);
    }

    public static ResultsFile Parse(string json) =>
        JsonSerializer.Deserialize<ResultsFile>(json, Options) ?? throw new JsonException("The results file is empty.");

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public RatioTable ToTable() => RatioTable.Build(Results.Select(r => new Measurement(r.Program, r.Engine, r.MeanNanoseconds)), Baseline);

    private static Entry[] Entries(RatioTable table) =>
        [.. table.Measurements().Select(m => new Entry(m.Program, m.Engine, m.MeanNanoseconds, table.Ratio(m.Program, m.Engine)))];

    /// <summary>One benchmark: a null mean is a failed benchmark.</summary>
    public sealed record Entry(string Program, string Engine, double? MeanNanoseconds, double? Ratio);
}
