using System.Runtime.InteropServices;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using FluentAI.Benchmarks.CrossLanguage;
using FluentAI.Benchmarks.Startup;

namespace FluentAI.Benchmarks.Report;

/// <summary>
/// <c>--report</c>: runs the program benchmarks, the startup benchmark and the in-process first-eval
/// benchmark (or reads BenchmarkDotNet's JSON exports with <c>--results DIR</c>), times the cold first
/// eval in fresh processes, checks the goals (<see cref="Goals"/>), writes <c>report.md</c>, one
/// <c>PROGRAM.svg</c> per program and <c>results.json</c> to the report directory, and with
/// <c>--previous FILE</c> prints the engines whose ratio to C# grew by more than the threshold. Exit
/// code 0, 1 when there are regressions, 2 on a usage error or when there is nothing to report. An
/// unmet goal does not change the exit code: goals are where the work is heading, not a gate.
/// </summary>
public static class ReportCommand
{
    public const int Success = 0;
    public const int RegressionsFound = 1;
    public const int UsageError = 2;

    public static int Run(IReadOnlyList<string> args)
    {
        ReportOptions options;
        try
        {
            options = ReportOptions.Parse(args);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"report: {error.Message}");
            return UsageError;
        }

        if (options.ResultsDirectory is string missingDirectory && !Directory.Exists(missingDirectory))
        {
            Console.Error.WriteLine($"report: no results directory {missingDirectory}");
            return UsageError;
        }

        if (options.Previous is string missingFile && !File.Exists(missingFile))
        {
            Console.Error.WriteLine($"report: no previous results file {missingFile}");
            return UsageError;
        }

        (ReportData data, string machine) = options.ResultsDirectory is string directory
            ? (ExportedResults.ReadDirectory(directory), $"{Describe(ExportedResults.ProcessorNameIn(directory))} (read from {directory})")
            : RunBenchmarks(options.BenchmarkArguments, options.ColdRuns);
        if (data.IsEmpty)
        {
            Console.Error.WriteLine("report: no benchmark results to report");
            return UsageError;
        }

        RatioTable table = data.ProgramTable();
        IReadOnlyList<GoalResult> goals = Goals.Evaluate(data);
        IReadOnlyList<Regression>? regressions = null;
        if (options.Previous is string previousFile)
        {
            RatioTable previous = ResultsFile.Parse(File.ReadAllText(previousFile)).ToTable();
            regressions = Regression.Find(previous, table, options.Threshold);
        }

        string reportDirectory = Path.GetFullPath(options.ReportDirectory);
        Directory.CreateDirectory(reportDirectory);
        var charts = new Dictionary<string, string>();
        foreach (string program in table.Programs)
        {
            string file = program + ".svg";
            File.WriteAllText(Path.Combine(reportDirectory, file), SvgChart.Render(table, program));
            charts[program] = file;
        }

        File.WriteAllText(Path.Combine(reportDirectory, "report.md"), MarkdownReport.Render(table, machine, regressions, options.Threshold, charts, data, goals));
        File.WriteAllText(Path.Combine(reportDirectory, "results.json"), ResultsFile.From(table, machine, DateTimeOffset.UtcNow, data, goals).ToJson());

        Console.WriteLine();
        foreach (string section in new[] { table.Programs.Count == 0 ? "" : MarkdownReport.RenderTable(table), StartupReport.RenderStartup(data.StartupTable()), StartupReport.RenderFirstEval(data.ColdFirstEval, data.FirstEval), GoalReport.Summary(goals) })
        {
            if (section.Length != 0)
            {
                Console.WriteLine(section);
            }
        }

        Console.WriteLine($"report: {Path.Combine(reportDirectory, "report.md")}, results: {Path.Combine(reportDirectory, "results.json")}");
        if (regressions is null)
        {
            return Success;
        }

        Console.WriteLine(MarkdownReport.RenderRegressions(regressions, options.Threshold));
        return regressions.Count == 0 ? Success : RegressionsFound;
    }

    /// <summary>
    /// Runs every program benchmark class, the startup and the first-eval benchmarks through
    /// BenchmarkDotNet (all of them unless a filter is given), JSON export on; then the cold first eval,
    /// <paramref name="coldRuns"/> fresh processes per engine, saved beside the exports.
    /// </summary>
    private static (ReportData, string) RunBenchmarks(IReadOnlyList<string> benchmarkArguments, int coldRuns)
    {
        Type[] classes =
        [
            .. typeof(ProgramBenchmarks).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ProgramBenchmarks)) && !t.IsAbstract),
            typeof(StartupBenchmarks),
            typeof(FirstEvalBenchmarks),
        ];
        bool filtered = benchmarkArguments.Any(a => a is "--filter" or "-f" or "--list" or "--allCategories" or "--anyCategories");
        string[] arguments = filtered ? [.. benchmarkArguments] : [.. benchmarkArguments, "--filter", "*"];
        IConfig config = DefaultConfig.Instance.AddExporter(JsonExporter.Full);

        var data = new ReportData();
        string? job = null;
        string? cpu = null;
        string? resultsDirectory = null;
        foreach (Summary summary in BenchmarkSwitcher.FromTypes(classes).Run(arguments, config))
        {
            cpu ??= summary.HostEnvironmentInfo.Cpu.Value.ProcessorName;
            resultsDirectory ??= summary.ResultsDirectoryPath;
            foreach (BenchmarkCase benchmark in summary.BenchmarksCases)
            {
                job ??= benchmark.Job.ResolvedId;
                double? mean = summary[benchmark]?.ResultStatistics?.Mean;
                data.Add(benchmark.Descriptor.Type.Name, benchmark.Descriptor.WorkloadMethod.Name, mean);
            }
        }

        if (coldRuns > 0)
        {
            IReadOnlyList<ColdTiming> cold = ColdFirstEval.Measure(FirstEvalEngines.All, coldRuns, Console.Out);
            data.AddCold(cold);
            resultsDirectory ??= Path.Combine("BenchmarkDotNet.Artifacts", "results");
            Directory.CreateDirectory(resultsDirectory);
            File.WriteAllText(Path.Combine(resultsDirectory, ColdTimingsFile.FileName), ColdTimingsFile.ToJson(cold));
        }

        return (data, Describe(cpu) + (job is null ? "" : $", job {job}"));
    }

    private static string Describe(string? cpu) =>
        $"{cpu ?? "unknown CPU"}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {DateTimeOffset.UtcNow:yyyy-MM-dd}";
}
