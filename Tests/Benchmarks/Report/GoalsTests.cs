using FluentAI.Benchmarks.Report;

namespace FluentAI.Tests.Benchmarks.Report;

[TestClass]
public sealed class GoalsTests
{
    /// <summary>Fib: Dynamic 10 ms beats NLua 20 ms (the best peer) but not F# 5 ms; Tiered 11 ms. Tak: Dynamic 30 ms trails Jurassic 25 ms; Tiered 40 ms.</summary>
    private static RatioTable Programs() => RatioTable.Build(
    [
        new("Fib", "CSharp", 4e6), new("Fib", "FSharp", 5e6), new("Fib", "Jint", 90e6), new("Fib", "Jurassic", 30e6), new("Fib", "NLua", 20e6),
        new("Fib", "Dynamic", 10e6), new("Fib", "Tiered", 11e6),
        new("Tak", "CSharp", 1e6), new("Tak", "FSharp", 2e6), new("Tak", "Jint", 80e6), new("Tak", "Jurassic", 25e6), new("Tak", "NLua", 26e6),
        new("Tak", "Dynamic", 30e6), new("Tak", "Tiered", 40e6),
    ]);

    [TestMethod]
    public void DynamicMustBeatTheFastestPeerOnEveryProgram()
    {
        GoalResult goal = Goals.AheadOf(Programs(), ["Dynamic"], Goals.ScriptingPeers, "ahead");

        Assert.AreEqual(GoalStatus.NotMet, goal.Status);
        Assert.HasCount(2, goal.Details);
        Assert.AreEqual("Fib: Dynamic 10.0 ms, NLua 20.0 ms (0.50x of it)", goal.Details[0]);
        Assert.AreEqual("Tak: Dynamic 30.0 ms, Jurassic 25.0 ms (1.20x of it): behind", goal.Details[1]);
    }

    [TestMethod]
    public void AGoalIsMetWhenEveryCheckPasses()
    {
        RatioTable fibOnly = RatioTable.Build(Programs().Measurements().Where(m => m.Program == "Fib"));

        Assert.AreEqual(GoalStatus.Met, Goals.AheadOf(fibOnly, ["Dynamic"], Goals.ScriptingPeers, "ahead").Status);
        Assert.AreEqual(GoalStatus.NotMet, Goals.AheadOf(fibOnly, ["Dynamic"], ["FSharp"], "ahead of F#").Status);
    }

    [TestMethod]
    public void AMissingOrFailedResultLeavesTheGoalUnknownUnlessAnotherCheckFails()
    {
        RatioTable noNLua = RatioTable.Build([new("Fib", "Dynamic", 10e6), new("Fib", "Jint", 90e6), new("Fib", "Jurassic", 30e6), new("Fib", "NLua", null)]);

        GoalResult goal = Goals.AheadOf(noNLua, ["Dynamic"], Goals.ScriptingPeers, "ahead");

        Assert.AreEqual(GoalStatus.Unknown, goal.Status);
        Assert.AreEqual("Fib: no result for NLua", goal.Details[0]);
        Assert.AreEqual(GoalStatus.Unknown, Goals.AheadOf(RatioTable.Build([]), Goals.CompiledEngines, Goals.ScriptingPeers, "ahead").Status);
    }

    [TestMethod]
    public void DynamicAndCecilAreEachCheckedOnEveryProgram()
    {
        RatioTable fib = RatioTable.Build(Programs().Measurements().Where(m => m.Program == "Fib").Append(new("Fib", "Cecil", 25e6)));

        GoalResult goal = Goals.AheadOf(fib, Goals.CompiledEngines, Goals.ScriptingPeers, "ahead");

        Assert.AreEqual(GoalStatus.NotMet, goal.Status, "Cecil trails NLua");
        CollectionAssert.AreEqual(
            new[] { "Fib: Dynamic 10.0 ms, NLua 20.0 ms (0.50x of it)", "Fib: Cecil 25.0 ms, NLua 20.0 ms (1.25x of it): behind" },
            goal.Details.ToArray());
    }

    [TestMethod]
    public void AMissingCecilColumnLeavesTheGoalUnknown()
    {
        RatioTable fibOnly = RatioTable.Build(Programs().Measurements().Where(m => m.Program == "Fib"));

        GoalResult goal = Goals.AheadOf(fibOnly, Goals.CompiledEngines, Goals.ScriptingPeers, "ahead");

        Assert.AreEqual(GoalStatus.Unknown, goal.Status);
        Assert.AreEqual("Fib: no result for Cecil", goal.Details[1]);
    }

    [TestMethod]
    public void TieredMustBeWithinOnePointTwoOfDynamic()
    {
        GoalResult goal = Goals.TieredNearDynamic(Programs());

        Assert.AreEqual(GoalStatus.NotMet, goal.Status);
        Assert.AreEqual("Fib: Tiered 1.10x of Dynamic", goal.Details[0]);
        Assert.AreEqual("Tak: Tiered 1.33x of Dynamic (over 1.20x)", goal.Details[1]);
    }

    [TestMethod]
    public void TieredExactlyAtTheLimitPasses()
    {
        RatioTable table = RatioTable.Build([new("Fib", "Dynamic", 10e6), new("Fib", "Tiered", 12e6)]);

        Assert.AreEqual(GoalStatus.Met, Goals.TieredNearDynamic(table).Status);
    }

    [TestMethod]
    public void FirstEvalMedianMustBeUnderTwentyMillisecondsForEveryFluentcMode()
    {
        ColdTiming[] cold =
        [
            new("Vm", [15, 30, 12]), // median 15
            new("Tiered", [18, 19, 40]), // median 19
            new("Dynamic", [25, 21, 22, 60]), // median 23.5
            new("Jint", [700]), // a peer: not part of the goal
        ];

        GoalResult goal = Goals.FirstEvalUnderLimit(cold);

        Assert.AreEqual(GoalStatus.NotMet, goal.Status);
        CollectionAssert.AreEqual(
            new[] { "Vm: 15.0 ms median of 3", "Tiered: 19.0 ms median of 3", "Dynamic: 23.5 ms median of 4 (limit 20.0 ms)" },
            goal.Details.ToArray());
        Assert.AreEqual(GoalStatus.Met, Goals.FirstEvalUnderLimit(cold[..2].Append(new ColdTiming("Dynamic", [19.9])).ToArray()).Status);
        Assert.AreEqual(GoalStatus.Unknown, Goals.FirstEvalUnderLimit(cold[..2]).Status);
    }

    [TestMethod]
    public void StartupMustBeWithinOnePointFiveOfTheCSharpHelloWorld()
    {
        static RatioTable Startup(double fluentc) =>
            RatioTable.Build([new("StartupBenchmarks", "CSharpHello", 50e6), new("StartupBenchmarks", "Fluentc", fluentc), new("StartupBenchmarks", "FluentcVm", 500e6)], ReportData.StartupBaseline);

        GoalResult slow = Goals.StartupNearHello(Startup(100e6));
        GoalResult near = Goals.StartupNearHello(Startup(75e6));

        Assert.AreEqual(GoalStatus.NotMet, slow.Status);
        Assert.AreEqual("fluentc run 100 ms, C# hello 50.0 ms: 2.00x", slow.Details.Single());
        Assert.AreEqual(GoalStatus.Met, near.Status, "exactly 1.5x passes; the vm engine is not part of the goal");
        Assert.AreEqual(GoalStatus.Unknown, Goals.StartupNearHello(RatioTable.Build([], ReportData.StartupBaseline)).Status);
    }

    [TestMethod]
    public void EvaluateGivesEveryGoalInOrder()
    {
        var data = new ReportData();
        foreach (Measurement m in Programs().Measurements())
        {
            data.Add(m.Program + "ProgramBenchmarks", m.Engine, m.MeanNanoseconds);
        }

        IReadOnlyList<GoalResult> goals = Goals.Evaluate(data);

        CollectionAssert.AreEqual(
            new[] { GoalStatus.NotMet, GoalStatus.NotMet, GoalStatus.NotMet, GoalStatus.Unknown, GoalStatus.Unknown },
            goals.Select(g => g.Status).ToArray());
        StringAssert.Contains(goals[1].Goal, "F#");
        Assert.AreEqual("fluentc Dynamic and Cecil ahead of Jint, Jurassic and NLua on every program", goals[0].Goal);
    }
}
