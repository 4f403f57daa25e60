using System.Text;

namespace FluentAI.Benchmarks.Report;

/// <summary>The Markdown report: the goals, one row per program (the baseline's mean time, every engine's ratio to it), startup and first eval.</summary>
public static class MarkdownReport
{
    /// <summary>
    /// The goals (when given), the program ratio table (a missing result is "—", a failed one "failed"),
    /// a line per chart when <paramref name="chartFiles"/> names them, the startup and first-eval sections
    /// when <paramref name="data"/> has them, and the regressions when a previous run was compared.
    /// </summary>
    public static string Render(
        RatioTable table,
        string machine,
        IReadOnlyList<Regression>? regressions = null,
        double threshold = 0,
        IReadOnlyDictionary<string, string>? chartFiles = null,
        ReportData? data = null,
        IReadOnlyList<GoalResult>? goals = null)
    {
        var text = new StringBuilder();
        text.Append("# fluentc benchmarks\n\n");
        text.Append("Machine: ").Append(machine).Append("\n\n");
        if (goals is not null && goals.Count != 0)
        {
            text.Append(GoalReport.Render(goals)).Append('\n');
        }

        if (table.Programs.Count != 0)
        {
            text.Append("## Programs: time relative to ").Append(Formats.EngineName(table.Baseline)).Append("\n\n");
            text.Append(RenderTable(table)).Append('\n');
        }

        if (chartFiles is not null && chartFiles.Count != 0)
        {
            foreach (string program in table.Programs)
            {
                if (chartFiles.TryGetValue(program, out string? file))
                {
                    text.Append("![").Append(program).Append("](").Append(file).Append(")\n");
                }
            }

            text.Append('\n');
        }

        if (data is not null)
        {
            foreach (string section in new[] { StartupReport.RenderStartup(data.StartupTable()), StartupReport.RenderFirstEval(data.ColdFirstEval, data.FirstEval) })
            {
                if (section.Length != 0)
                {
                    text.Append(section).Append('\n');
                }
            }
        }

        if (regressions is not null)
        {
            text.Append(RenderRegressions(regressions, threshold));
        }

        return text.ToString();
    }

    /// <summary>Only the table: | program | C# mean | C# | F# | ... |.</summary>
    public static string RenderTable(RatioTable table)
    {
        var text = new StringBuilder();
        text.Append("| program | ").Append(Formats.EngineName(table.Baseline)).Append(" mean |");
        foreach (string engine in table.Engines)
        {
            text.Append(' ').Append(Formats.EngineName(engine)).Append(" |");
        }

        text.Append("\n|---|---:|");
        foreach (string _ in table.Engines)
        {
            text.Append("---:|");
        }

        text.Append('\n');
        foreach (string program in table.Programs)
        {
            double? baseline = table.Mean(program, table.Baseline);
            text.Append("| ").Append(program).Append(" | ").Append(baseline is double b ? Formats.Time(b) : "—").Append(" |");
            foreach (string engine in table.Engines)
            {
                text.Append(' ').Append(Cell(table, program, engine)).Append(" |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>"No regressions ..." or one line per regression.</summary>
    public static string RenderRegressions(IReadOnlyList<Regression> regressions, double threshold)
    {
        var text = new StringBuilder();
        string limit = Formats.Change(threshold);
        if (regressions.Count == 0)
        {
            text.Append("No regressions above ").Append(limit).Append(" against the previous run.\n");
            return text.ToString();
        }

        text.Append("## Regressions above ").Append(limit).Append(" against the previous run\n\n");
        foreach (Regression regression in regressions)
        {
            text.Append("- ").Append(Describe(regression)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>"Fib on Vm: 40.0x -> 52.0x (+30%)" or "Fib on Vm: 40.0x -> failed".</summary>
    public static string Describe(Regression regression) =>
        $"{regression.Program} on {Formats.EngineName(regression.Engine)}: {Formats.Ratio(regression.PreviousRatio)} -> "
        + (regression.Failed ? "failed" : $"{Formats.Ratio(regression.CurrentRatio)} ({Formats.Change(regression.Change)})");

    private static string Cell(RatioTable table, string program, string engine)
    {
        if (!table.Has(program, engine))
        {
            return "—";
        }

        return table.Ratio(program, engine) is double ratio ? Formats.Ratio(ratio) : table.Mean(program, engine) is null ? "failed" : "—";
    }
}
