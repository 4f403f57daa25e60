namespace FluentAI.Benchmarks.Report;

/// <summary>An engine whose ratio to the baseline grew past the threshold since a previous run.</summary>
public sealed record Regression(string Program, string Engine, double PreviousRatio, double CurrentRatio)
{
    /// <summary>Growth exactly at the threshold (44x after 40x at 10%) is not flagged despite rounding.</summary>
    private const double Tolerance = 1e-9;

    /// <summary>Whether the benchmark ran before and failed this time.</summary>
    public bool Failed => double.IsPositiveInfinity(CurrentRatio);

    /// <summary>The relative growth: 0.25 is 25% slower relative to the baseline.</summary>
    public double Change => (CurrentRatio / PreviousRatio) - 1;

    /// <summary>
    /// The engines slower than before by more than <paramref name="threshold"/> (0.10 is 10%). Ratios to
    /// the baseline are compared, not raw times, so a run on a busier or faster machine does not flag
    /// everything; the baseline itself is never a regression. A benchmark that ran before and failed now
    /// is one (<see cref="Failed"/>). Programs or engines present in only one run are skipped.
    /// </summary>
    public static IReadOnlyList<Regression> Find(RatioTable previous, RatioTable current, double threshold)
    {
        var regressions = new List<Regression>();
        foreach (string program in current.Programs)
        {
            foreach (string engine in current.Engines)
            {
                if (engine == current.Baseline || previous.Ratio(program, engine) is not double before || !current.Has(program, engine))
                {
                    continue;
                }

                double now = current.Mean(program, engine) is null ? double.PositiveInfinity : current.Ratio(program, engine) ?? before;
                var candidate = new Regression(program, engine, before, now);
                if (candidate.Change > threshold + Tolerance)
                {
                    regressions.Add(candidate);
                }
            }
        }

        return regressions;
    }
}
