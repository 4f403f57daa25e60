namespace FluentAI.Benchmarks.Report;

/// <summary>
/// The performance goals of issue #6 and where a run leaves them. Each goal is a set of checks (one per
/// program, or per engine): it is met when every check passes, not met when one fails, unknown when
/// none fails but some lack results (a missing or failed benchmark).
/// </summary>
public static class Goals
{
    /// <summary>The scripting engines fluentc's compiled columns (<see cref="CompiledEngines"/>) must beat on every program.</summary>
    public static readonly IReadOnlyList<string> ScriptingPeers = ["Jint", "Jurassic", "NLua"];

    /// <summary>The fluentc columns held against the peers: Dynamic (IL in DynamicMethods) and Cecil (the assembly <c>fluentc build</c> writes).</summary>
    public static readonly IReadOnlyList<string> CompiledEngines = ["Dynamic", "Cecil"];

    /// <summary>The fluentc modes whose cold first eval is held against <see cref="FirstEvalLimitMilliseconds"/>.</summary>
    public static readonly IReadOnlyList<string> FirstEvalEngines = ["Vm", "Tiered", "Dynamic"];

    /// <summary>Tiered (warmed up) at most this many times Dynamic's time.</summary>
    public const double TieredToDynamicLimit = 1.2;

    /// <summary>The first eval of a fresh engine in a fresh process, median, under this.</summary>
    public const double FirstEvalLimitMilliseconds = 20;

    /// <summary><c>fluentc run</c> of <c>(io:print 1)</c> at most this many times a C# hello world process.</summary>
    public const double StartupToHelloLimit = 1.5;

    /// <summary>The startup benchmark's method for <c>fluentc run</c> with the default engine.</summary>
    public const string StartupFluentc = "Fluentc";

    public static IReadOnlyList<GoalResult> Evaluate(ReportData data)
    {
        RatioTable programs = data.ProgramTable();
        return
        [
            AheadOf(programs, CompiledEngines, ScriptingPeers, "fluentc Dynamic and Cecil ahead of Jint, Jurassic and NLua on every program"),
            AheadOf(programs, CompiledEngines, ["FSharp"], "fluentc Dynamic and Cecil ahead of F# on every program (stretch)"),
            TieredNearDynamic(programs),
            FirstEvalUnderLimit(data.ColdFirstEval),
            StartupNearHello(data.StartupTable()),
        ];
    }

    /// <summary>On every program, each of <paramref name="engines"/> has a mean below the fastest of <paramref name="peers"/>: one check per program and engine.</summary>
    public static GoalResult AheadOf(RatioTable programs, IReadOnlyList<string> engines, IReadOnlyList<string> peers, string goal)
    {
        var checks = new List<(bool? Passed, string Detail)>();
        foreach (string program in programs.Programs)
        {
            foreach (string engine in engines)
            {
                checks.Add(AheadOf(programs, program, engine, peers));
            }
        }

        return Result(goal, checks);
    }

    private static (bool? Passed, string Detail) AheadOf(RatioTable programs, string program, string engine, IReadOnlyList<string> peers)
    {
        double? mean = programs.Mean(program, engine);
        (string Engine, double Mean)[] measured = [.. peers.Select(p => (Engine: p, Mean: programs.Mean(program, p))).Where(p => p.Mean is not null).Select(p => (p.Engine, p.Mean!.Value))];
        if (mean is not double m || measured.Length != peers.Count)
        {
            string missing = string.Join(", ", new[] { engine }.Concat(peers).Where(e => programs.Mean(program, e) is null).Select(Formats.EngineName));
            return (null, $"{program}: no result for {missing}");
        }

        (string best, double bestMean) = measured.MinBy(p => p.Mean);
        bool ahead = m < bestMean;
        return (ahead, $"{program}: {Formats.EngineName(engine)} {Formats.Time(m)}, {Formats.EngineName(best)} {Formats.Time(bestMean)} ({Formats.Ratio(m / bestMean)} of it){(ahead ? "" : ": behind")}");
    }

    /// <summary>On every program, Tiered's mean (measured after BenchmarkDotNet's warm-up) is within <see cref="TieredToDynamicLimit"/> of Dynamic's.</summary>
    public static GoalResult TieredNearDynamic(RatioTable programs)
    {
        var checks = new List<(bool? Passed, string Detail)>();
        foreach (string program in programs.Programs)
        {
            if (programs.Mean(program, "Tiered") is not double tiered || programs.Mean(program, "Dynamic") is not double dynamic || dynamic <= 0)
            {
                checks.Add((null, $"{program}: no Tiered or Dynamic result"));
                continue;
            }

            double ratio = tiered / dynamic;
            bool near = ratio <= TieredToDynamicLimit;
            checks.Add((near, $"{program}: Tiered {Formats.Ratio(ratio)} of Dynamic{(near ? "" : $" (over {Formats.Ratio(TieredToDynamicLimit)})")}"));
        }

        return Result($"Tiered within {Formats.Ratio(TieredToDynamicLimit)} of Dynamic after warm-up on every program", checks);
    }

    /// <summary>For every fluentc mode, the median first eval in a fresh process is under <see cref="FirstEvalLimitMilliseconds"/>.</summary>
    public static GoalResult FirstEvalUnderLimit(IReadOnlyList<ColdTiming> cold)
    {
        var checks = new List<(bool? Passed, string Detail)>();
        foreach (string engine in FirstEvalEngines)
        {
            ColdTiming? timing = cold.FirstOrDefault(t => t.Engine == engine);
            if (timing is null || timing.Milliseconds.Count == 0)
            {
                checks.Add((null, $"{engine}: not measured"));
                continue;
            }

            bool under = timing.Median < FirstEvalLimitMilliseconds;
            checks.Add((under, $"{engine}: {Milliseconds(timing.Median)} median of {timing.Milliseconds.Count}{(under ? "" : $" (limit {Milliseconds(FirstEvalLimitMilliseconds)})")}"));
        }

        return Result($"First eval of a fresh engine in a fresh process under {Milliseconds(FirstEvalLimitMilliseconds)} ({string.Join(", ", FirstEvalEngines)})", checks);
    }

    /// <summary><c>fluentc run</c> (default engine) takes at most <see cref="StartupToHelloLimit"/> times the C# hello world process.</summary>
    public static GoalResult StartupNearHello(RatioTable startup)
    {
        string goal = $"`fluentc run` startup within {Formats.Ratio(StartupToHelloLimit)} of a C# hello world";
        string? program = startup.Programs.FirstOrDefault();
        if (program is null || startup.Ratio(program, StartupFluentc) is not double ratio)
        {
            return Result(goal, [(null, "fluentc run or the C# hello world not measured")]);
        }

        bool near = ratio <= StartupToHelloLimit;
        string detail = $"fluentc run {Formats.Time(startup.Mean(program, StartupFluentc)!.Value)}, C# hello {Formats.Time(startup.Mean(program, startup.Baseline)!.Value)}: {Formats.Ratio(ratio)}";
        return Result(goal, [(near, detail)]);
    }

    private static GoalResult Result(string goal, List<(bool? Passed, string Detail)> checks)
    {
        GoalStatus status = checks.Any(c => c.Passed == false) ? GoalStatus.NotMet
            : checks.Count == 0 || checks.Any(c => c.Passed is null) ? GoalStatus.Unknown
            : GoalStatus.Met;
        return new GoalResult(goal, status, [.. checks.Select(c => c.Detail)]);
    }

    private static string Milliseconds(double value) => Formats.Time(value * 1e6);
}
