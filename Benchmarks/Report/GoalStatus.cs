namespace FluentAI.Benchmarks.Report;

/// <summary>Where a performance goal stands after a run.</summary>
public enum GoalStatus
{
    /// <summary>Every check passed.</summary>
    Met,

    /// <summary>At least one check failed.</summary>
    NotMet,

    /// <summary>No check failed, but some (or all) lacked the results to decide.</summary>
    Unknown,
}
