using System.Text.Json;

namespace FluentAI.Benchmarks.Report;

/// <summary>
/// Reads BenchmarkDotNet's JSON exports (<c>*-report-full.json</c>, <c>*-report-brief.json</c>, ... in
/// <c>BenchmarkDotNet.Artifacts/results</c>): each entry's class (<c>Type</c>), method and
/// <c>Statistics.Mean</c> in nanoseconds (no statistics: a failed benchmark). Only the classes the report
/// covers are read (<see cref="ReportData.IsReported"/>); a later file's result replaces an earlier
/// one's. The cold first-eval timings, which are no BenchmarkDotNet results, are read from
/// <see cref="ColdTimingsFile.FileName"/> in the same directory when it is there.
/// </summary>
public static class ExportedResults
{
    public static ReportData ReadDirectory(string directory)
    {
        var data = new ReportData();
        foreach (string file in Directory.EnumerateFiles(directory, "*-report*.json").Order(StringComparer.Ordinal))
        {
            AddTo(data, File.ReadAllText(file));
        }

        string cold = Path.Combine(directory, ColdTimingsFile.FileName);
        if (File.Exists(cold))
        {
            data.AddCold(ColdTimingsFile.Parse(File.ReadAllText(cold)));
        }

        return data;
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

    /// <summary>The results of one export.</summary>
    public static ReportData Parse(string json)
    {
        var data = new ReportData();
        AddTo(data, json);
        return data;
    }

    private static void AddTo(ReportData data, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("Benchmarks", out JsonElement benchmarks))
        {
            return;
        }

        foreach (JsonElement benchmark in benchmarks.EnumerateArray())
        {
            string? type = benchmark.TryGetProperty("Type", out JsonElement t) ? t.GetString() : null;
            string? method = benchmark.TryGetProperty("Method", out JsonElement m) ? m.GetString() : null;
            if (type is null || method is null || !ReportData.IsReported(type))
            {
                continue;
            }

            double? mean = benchmark.TryGetProperty("Statistics", out JsonElement statistics)
                && statistics.ValueKind == JsonValueKind.Object
                && statistics.TryGetProperty("Mean", out JsonElement value)
                && value.ValueKind == JsonValueKind.Number
                    ? value.GetDouble()
                    : null;
            data.Add(type, method, mean);
        }
    }
}
