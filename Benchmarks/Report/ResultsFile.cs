using System.Text.Json;
using System.Text.Json.Serialization;

namespace FluentAI.Benchmarks.Report;

/// <summary>
/// The machine-readable results of one report run (<c>results.json</c>): when, where, the baseline and
/// every measurement with its ratio. A later run reads it back with <c>--previous FILE</c>; ratios are
/// recomputed from the means on reading, the stored ones are for people and other tools.
/// </summary>
public sealed record ResultsFile(DateTimeOffset Generated, string Machine, string Baseline, IReadOnlyList<ResultsFile.Entry> Results)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ResultsFile From(RatioTable table, string machine, DateTimeOffset generated) =>
        new(generated, machine, table.Baseline, [.. table.Measurements().Select(m => new Entry(m.Program, m.Engine, m.MeanNanoseconds, table.Ratio(m.Program, m.Engine)))]);

    public static ResultsFile Parse(string json) =>
        JsonSerializer.Deserialize<ResultsFile>(json, Options) ?? throw new JsonException("The results file is empty.");

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public RatioTable ToTable() => RatioTable.Build(Results.Select(r => new Measurement(r.Program, r.Engine, r.MeanNanoseconds)), Baseline);

    /// <summary>One benchmark: a null mean is a failed benchmark.</summary>
    public sealed record Entry(string Program, string Engine, double? MeanNanoseconds, double? Ratio);
}
