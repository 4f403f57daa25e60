using FluentAI.Benchmarks.Report;

namespace FluentAI.Tests.Benchmarks.Report;

[TestClass]
public sealed class StartupReportTests
{
    [TestMethod]
    public void TheStartupTableListsTheHelloWorldFirstAndEachProcessAgainstIt()
    {
        RatioTable startup = RatioTable.Build(
            [new("StartupBenchmarks", "Fluentc", 120e6), new("StartupBenchmarks", "CSharpHello", 60e6), new("StartupBenchmarks", "FluentcVm", null)],
            ReportData.StartupBaseline);

        string section = StartupReport.RenderStartup(startup);

        StringAssert.Contains(
            section,
            """
            | process | mean | vs C# hello |
            |---|---:|---:|
            | C# hello world | 60.0 ms | 1.00x |
            | `fluentc run` (tiered) | 120 ms | 2.00x |
            | `fluentc run --engine vm` | failed | — |

            """.ReplaceLineEndings("\n"));
        Assert.AreEqual("", StartupReport.RenderStartup(RatioTable.Build([], ReportData.StartupBaseline)));
    }

    [TestMethod]
    public void TheFirstEvalTableJoinsColdAndInProcessResults()
    {
        string section = StartupReport.RenderFirstEval(
            [new ColdTiming("Jint", [700, 650, 800]), new ColdTiming("Tiered", [40, 35])],
            [new Measurement("FirstEvalBenchmarks", "Tiered", 25_000), new Measurement("FirstEvalBenchmarks", "Vm", 20_000)]);

        StringAssert.Contains(
            section,
            """
            | engine | cold: median | cold: min | runs | in process: mean |
            |---|---:|---:|---:|---:|
            | Vm | — | — | — | 20.0 μs |
            | Tiered | 37.5 ms | 35.0 ms | 2 | 25.0 μs |
            | Jint | 700 ms | 650 ms | 3 | — |

            """.ReplaceLineEndings("\n"));
        Assert.AreEqual("", StartupReport.RenderFirstEval([], []));
    }

    [TestMethod]
    public void TheReportPutsTheGoalsFirstAndTheStartupSectionsAfterThePrograms()
    {
        var data = new ReportData();
        data.Add("FibProgramBenchmarks", "CSharp", 2e6);
        data.Add("StartupBenchmarks", "CSharpHello", 50e6);
        data.AddCold([new ColdTiming("Vm", [10])]);
        GoalResult[] goals = [new("first eval under 20 ms", GoalStatus.Met, ["Vm: 10.0 ms median of 1"])];

        string report = MarkdownReport.Render(data.ProgramTable(), "test machine", data: data, goals: goals);

        Assert.Contains("## Goals\n\n- **met**: first eval under 20 ms\n  - Vm: 10.0 ms median of 1\n", report);
        int[] order = [.. new[] { "## Goals", "## Programs", "## Startup", "## First eval" }.Select(h => report.IndexOf(h, StringComparison.Ordinal))];
        CollectionAssert.AreEqual(order.Order().ToArray(), order);
        Assert.IsFalse(order.Contains(-1));
    }
}
