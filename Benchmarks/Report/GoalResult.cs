namespace FluentAI.Benchmarks.Report;

/// <summary>One performance goal, where it stands, and a line per check (a program, an engine) saying why.</summary>
public sealed record GoalResult(string Goal, GoalStatus Status, IReadOnlyList<string> Details)
{
    /// <summary>"met", "not met", "unknown".</summary>
    public string StatusText => Status switch
    {
        GoalStatus.Met => "met",
        GoalStatus.NotMet => "not met",
        _ => "unknown",
    };
}
