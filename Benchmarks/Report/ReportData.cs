namespace FluentAI.Benchmarks.Report;

/// <summary>
/// Everything one report is made of: the program suite's measurements (<c>*ProgramBenchmarks</c>), the
/// startup benchmark's (<c>StartupBenchmarks</c>), the in-process first-eval benchmark's
/// (<c>FirstEvalBenchmarks</c>) and the cold first-eval timings. <see cref="Add"/> sorts a
/// BenchmarkDotNet result into its part by the benchmark class; a later result for the same class and
/// method replaces an earlier one.
/// </summary>
public sealed class ReportData
{
    public const string StartupClass = "StartupBenchmarks";
    public const string FirstEvalClass = "FirstEvalBenchmarks";

    /// <summary>The startup benchmark's baseline method: the C# hello world process.</summary>
    public const string StartupBaseline = "CSharpHello";

    private readonly List<Measurement> _programs = [];
    private readonly List<Measurement> _startup = [];
    private readonly List<Measurement> _firstEval = [];
    private readonly List<ColdTiming> _coldFirstEval = [];

    /// <summary>Program results, each named by its program (the class without its suffix).</summary>
    public IReadOnlyList<Measurement> Programs => _programs;

    /// <summary>Startup results; the program is <see cref="StartupClass"/>.</summary>
    public IReadOnlyList<Measurement> Startup => _startup;

    /// <summary>In-process first-eval results; the program is <see cref="FirstEvalClass"/>.</summary>
    public IReadOnlyList<Measurement> FirstEval => _firstEval;

    public IReadOnlyList<ColdTiming> ColdFirstEval => _coldFirstEval;

    public bool IsEmpty => _programs.Count == 0 && _startup.Count == 0 && _firstEval.Count == 0 && _coldFirstEval.Count == 0;

    /// <summary>Whether the benchmark class is one the report reads.</summary>
    public static bool IsReported(string benchmarkClass) =>
        benchmarkClass is StartupClass or FirstEvalClass
        || (benchmarkClass.EndsWith(Measurement.ProgramClassSuffix, StringComparison.Ordinal) && benchmarkClass.Length > Measurement.ProgramClassSuffix.Length);

    /// <summary>Files one BenchmarkDotNet result (a null mean: the benchmark failed); results of other classes are ignored.</summary>
    public void Add(string benchmarkClass, string method, double? meanNanoseconds)
    {
        List<Measurement>? part = benchmarkClass switch
        {
            StartupClass => _startup,
            FirstEvalClass => _firstEval,
            _ when IsReported(benchmarkClass) => _programs,
            _ => null,
        };
        if (part is null)
        {
            return;
        }

        var measurement = new Measurement(Measurement.ProgramNameOf(benchmarkClass), method, meanNanoseconds);
        part.RemoveAll(m => m.Program == measurement.Program && m.Engine == measurement.Engine);
        part.Add(measurement);
    }

    /// <summary>Files the cold first-eval timings, replacing earlier ones of the same engines.</summary>
    public void AddCold(IEnumerable<ColdTiming> timings)
    {
        foreach (ColdTiming timing in timings)
        {
            _coldFirstEval.RemoveAll(t => t.Engine == timing.Engine);
            _coldFirstEval.Add(timing);
        }
    }

    public RatioTable ProgramTable() => RatioTable.Build(_programs);

    /// <summary>The startup results as ratios to the C# hello world.</summary>
    public RatioTable StartupTable() => RatioTable.Build(_startup, StartupBaseline);
}
