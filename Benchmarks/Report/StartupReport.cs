using System.Globalization;
using System.Text;

namespace FluentAI.Benchmarks.Report;

/// <summary>The startup and first-eval sections of the report.</summary>
public static class StartupReport
{
    /// <summary>Fixed order of the first-eval engines: fluentc's modes, then the peers; others after them.</summary>
    private static readonly string[] FirstEvalOrder = ["Vm", "Tiered", "Dynamic", "Jint", "Jurassic", "NLua"];

    /// <summary>How the startup benchmark's methods read: the command each one starts.</summary>
    public static string ProcessName(string method) => method switch
    {
        ReportData.StartupBaseline => "C# hello world",
        "Fluentc" => "`fluentc run` (tiered)",
        _ when method.StartsWith("Fluentc", StringComparison.Ordinal) =>
            $"`fluentc run --engine {method["Fluentc".Length..].ToLowerInvariant()}`",
        _ => method,
    };

    /// <summary>| process | mean | vs C# hello |, the baseline first; empty when nothing was measured.</summary>
    public static string RenderStartup(RatioTable startup)
    {
        string? program = startup.Programs.FirstOrDefault();
        if (program is null)
        {
            return "";
        }

        var text = new StringBuilder();
        text.Append("## Startup\n\n");
        text.Append("A whole process, started and waited for: `fluentc run` of `(io:print 1)` against a C# hello world (BenchmarkDotNet mean).\n\n");
        text.Append("| process | mean | vs C# hello |\n|---|---:|---:|\n");
        IEnumerable<string> engines = startup.Engines.Where(e => e == startup.Baseline).Concat(startup.Engines.Where(e => e != startup.Baseline));
        foreach (string engine in engines)
        {
            double? mean = startup.Mean(program, engine);
            double? ratio = startup.Ratio(program, engine);
            text.Append("| ").Append(ProcessName(engine))
                .Append(" | ").Append(mean is double m ? Formats.Time(m) : "failed")
                .Append(" | ").Append(ratio is double r ? Formats.Ratio(r) : "—")
                .Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// | engine | cold: median | cold: min | runs | in process: mean |: the cold timings in fresh processes
    /// and the in-process benchmark's means; empty when neither was measured.
    /// </summary>
    public static string RenderFirstEval(IReadOnlyList<ColdTiming> cold, IReadOnlyList<Measurement> warm)
    {
        List<string> seen = [.. cold.Select(t => t.Engine).Concat(warm.Select(m => m.Engine)).Distinct()];
        if (seen.Count == 0)
        {
            return "";
        }

        List<string> engines = [.. FirstEvalOrder.Where(seen.Contains), .. seen.Where(e => !FirstEvalOrder.Contains(e))];
        var text = new StringBuilder();
        text.Append("## First eval\n\n");
        text.Append("A fresh engine evaluates `(define (f x) (* x 2)) (f 21)` once (the peers: the same in JavaScript and Lua). ");
        text.Append("Cold: timed with a Stopwatch in a fresh process (`FirstEvalProbe`), the engine's code not yet loaded or JIT-compiled. ");
        text.Append("In process: BenchmarkDotNet's mean in a warm process (new engine + eval, code already JIT-compiled).\n\n");
        text.Append("| engine | cold: median | cold: min | runs | in process: mean |\n|---|---:|---:|---:|---:|\n");
        foreach (string engine in engines)
        {
            ColdTiming? timing = cold.FirstOrDefault(t => t.Engine == engine);
            Measurement? measurement = warm.FirstOrDefault(m => m.Engine == engine);
            bool timed = timing is not null && timing.Milliseconds.Count != 0;
            text.Append("| ").Append(Formats.EngineName(engine))
                .Append(" | ").Append(timed ? Milliseconds(timing!.Median) : "—")
                .Append(" | ").Append(timed ? Milliseconds(timing!.Min) : "—")
                .Append(" | ").Append(timed ? timing!.Milliseconds.Count.ToString(CultureInfo.InvariantCulture) : "—")
                .Append(" | ").Append(measurement is null ? "—" : measurement.MeanNanoseconds is double m ? Formats.Time(m) : "failed")
                .Append(" |\n");
        }

        return text.ToString();
    }

    private static string Milliseconds(double value) => Formats.Time(value * 1e6);
}
