using System.Text.Json;

namespace FluentAI.Benchmarks.Report;

/// <summary>
/// Reads BenchmarkDotNet's JSON exports (<c>*-report-full.json</c>, <c>*-report-brief.json</c>, ... in
/// <c>BenchmarkDotNet.Artifacts/results</c>): each entry's class (<c>Type</c>), method and
/// <c>Statistics.Mean</c> in nanoseconds (no statistics: a failed benchmark). Only program benchmark
/// classes (<c>*ProgramBenchmarks</c>) are read; a later file's result replaces an earlier one's.
/// </summary>
public static class ExportedResults
{
    public static IReadOnlyList<Measurement> ReadDirectory(string directory)
    {
        var measurements = new List<Measurement>();
        foreach (string file in Directory.EnumerateFiles(directory, "*-report*.json").Order(StringComparer.Ordinal))
        {
            foreach (Measurement measurement in Parse(File.ReadAllText(file)))
            {
                measurements.RemoveAll(m => m.Program == measurement.Program && m.Engine == measurement.Engine);
                measurements.Add(measurement);
            }
        }

        return measurements;
    }

    /// <summary>The <c>HostEnvironmentInfo.ProcessorName</c> of the first export in the directory, if any.</summary>
    public static string? ProcessorNameIn(string directory)
    {
        foreach (string file in Directory.EnumerateFiles(directory, "*-report*.json").Order(StringComparer.Ordinal))
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
            if (document.RootElement.TryGetProperty("HostEnvironmentInfo", out JsonElement host)
                && host.TryGetProperty("ProcessorName", out JsonElement name)
                && name.ValueKind == JsonValueKind.String)
            {
                return name.GetString();
            }
        }

        return null;
    }

    public static IReadOnlyList<Measurement> Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var measurements = new List<Measurement>();
        if (!document.RootElement.TryGetProperty("Benchmarks", out JsonElement benchmarks))
        {
            return measurements;
        }

        foreach (JsonElement benchmark in benchmarks.EnumerateArray())
        {
            string? type = benchmark.TryGetProperty("Type", out JsonElement t) ? t.GetString() : null;
            string? method = benchmark.TryGetProperty("Method", out JsonElement m) ? m.GetString() : null;
            if (type is null || method is null || !type.EndsWith(Measurement.ProgramClassSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            double? mean = benchmark.TryGetProperty("Statistics", out JsonElement statistics)
                && statistics.ValueKind == JsonValueKind.Object
                && statistics.TryGetProperty("Mean", out JsonElement value)
                && value.ValueKind == JsonValueKind.Number
                    ? value.GetDouble()
                    : null;
            measurements.Add(new Measurement(Measurement.ProgramNameOf(type), method, mean));
        }

        return measurements;
    }
}
