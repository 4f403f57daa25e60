namespace FluentAI.Benchmarks.Report;

/// <summary>
/// Mean times per program and engine, and each engine's ratio to the baseline engine (hand-written C#)
/// of the same program: 12.0 means twelve times the C# time. Programs keep their first-seen order;
/// engines are the known peers and fluentc's modes in a fixed order (the Cecil-built assembly after the
/// long-lived tier), then any other engine in first-seen order.
/// </summary>
public sealed class RatioTable
{
    public const string DefaultBaseline = "CSharp";

    private static readonly string[] KnownEngineOrder = ["CSharp", "FSharp", "Jint", "Jurassic", "NLua", "Vm", "Dynamic", "Tiered", "LongLived", "Cecil"];

    private readonly Dictionary<(string Program, string Engine), double?> _means;

    private RatioTable(string baseline, List<string> programs, List<string> engines, Dictionary<(string, string), double?> means)
    {
        Baseline = baseline;
        Programs = programs;
        Engines = engines;
        _means = means;
    }

    public string Baseline { get; }

    public IReadOnlyList<string> Programs { get; }

    public IReadOnlyList<string> Engines { get; }

    public static RatioTable Build(IEnumerable<Measurement> measurements, string baseline = DefaultBaseline)
    {
        var programs = new List<string>();
        var seenEngines = new List<string>();
        var means = new Dictionary<(string, string), double?>();
        foreach (Measurement measurement in measurements)
        {
            if (!programs.Contains(measurement.Program))
            {
                programs.Add(measurement.Program);
            }

            if (!seenEngines.Contains(measurement.Engine))
            {
                seenEngines.Add(measurement.Engine);
            }

            means[(measurement.Program, measurement.Engine)] = measurement.MeanNanoseconds;
        }

        List<string> engines = [.. KnownEngineOrder.Where(seenEngines.Contains), .. seenEngines.Where(e => !KnownEngineOrder.Contains(e))];
        return new RatioTable(baseline, programs, engines, means);
    }

    /// <summary>Whether the program has a result (possibly a failed one) for the engine.</summary>
    public bool Has(string program, string engine) => _means.ContainsKey((program, engine));

    /// <summary>The mean time in nanoseconds; null when missing or failed.</summary>
    public double? Mean(string program, string engine) => _means.GetValueOrDefault((program, engine));

    /// <summary>The engine's mean over the baseline's mean for the program; null when either is missing, failed or zero.</summary>
    public double? Ratio(string program, string engine)
    {
        double? mean = Mean(program, engine);
        double? baseline = Mean(program, Baseline);
        return mean is double m && baseline is double b && b > 0 ? m / b : null;
    }

    /// <summary>Every measurement in table order (programs, then engines).</summary>
    public IEnumerable<Measurement> Measurements() =>
        from program in Programs
        from engine in Engines
        where Has(program, engine)
        select new Measurement(program, engine, Mean(program, engine));
}
