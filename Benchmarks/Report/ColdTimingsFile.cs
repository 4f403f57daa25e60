using System.Text.Json;

namespace FluentAI.Benchmarks.Report;

/// <summary>
/// The cold first-eval timings of a report run, saved beside BenchmarkDotNet's exports
/// (<c>BenchmarkDotNet.Artifacts/results/cold-first-eval.json</c>) so that <c>--report --results DIR</c>
/// reports them again without rerunning anything.
/// </summary>
public static class ColdTimingsFile
{
    public const string FileName = "cold-first-eval.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string ToJson(IReadOnlyList<ColdTiming> timings) =>
        JsonSerializer.Serialize(timings.Select(t => new Entry(t.Engine, t.Milliseconds)), Options);

    public static IReadOnlyList<ColdTiming> Parse(string json) =>
        [.. (JsonSerializer.Deserialize<Entry[]>(json, Options) ?? []).Select(e => new ColdTiming(e.Engine, e.Milliseconds))];

    private sealed record Entry(string Engine, IReadOnlyList<double> Milliseconds);
}
