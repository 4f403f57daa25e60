namespace FluentAI.Benchmarks.Report;

/// <summary>
/// The first eval of one engine timed in fresh processes (<c>FirstEvalProbe</c>): one sample per
/// process, in milliseconds. The median is the number reported and held against the goal.
/// </summary>
public sealed record ColdTiming(string Engine, IReadOnlyList<double> Milliseconds)
{
    /// <summary>The median sample (the mean of the middle two for an even count); NaN without samples.</summary>
    public double Median
    {
        get
        {
            if (Milliseconds.Count == 0)
            {
                return double.NaN;
            }

            double[] sorted = [.. Milliseconds.Order()];
            int middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /// <summary>The fastest sample; NaN without samples.</summary>
    public double Min => Milliseconds.Count == 0 ? double.NaN : Milliseconds.Min();
}
