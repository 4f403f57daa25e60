using System.Text;

namespace FluentAI.Benchmarks.Report;

/// <summary>The goals section of the report: one line per goal with its status, its checks below it.</summary>
public static class GoalReport
{
    public static string Render(IReadOnlyList<GoalResult> goals)
    {
        var text = new StringBuilder();
        text.Append("## Goals\n\n");
        foreach (GoalResult goal in goals)
        {
            text.Append("- **").Append(goal.StatusText).Append("**: ").Append(goal.Goal).Append('\n');
            foreach (string detail in goal.Details)
            {
                text.Append("  - ").Append(detail).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>One line per goal, for the console: "not met: Tiered within 1.20x of Dynamic ...".</summary>
    public static string Summary(IReadOnlyList<GoalResult> goals) =>
        string.Concat(goals.Select(g => $"{g.StatusText}: {g.Goal}\n"));
}
