using System.Reflection;
using BenchmarkDotNet.Attributes;
using FluentAI.Benchmarks.Startup;

namespace FluentAI.Tests.Benchmarks;

/// <summary>The in-process first-eval benchmark, each engine once, and the cold probe, one fresh process per engine.</summary>
[TestClass]
public sealed class FirstEvalBenchmarkTests
{
    public static IEnumerable<object[]> Methods =>
        typeof(FirstEvalBenchmarks).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
            .Select(m => new object[] { m.Name });

    public static IEnumerable<object[]> Engines => FirstEvalEngines.All.Select(e => new object[] { e });

    [TestMethod]
    [DynamicData(nameof(Methods))]
    public void EachInProcessFirstEvalGivesFortyTwo(string method)
    {
        object? answer = typeof(FirstEvalBenchmarks).GetMethod(method)!.Invoke(new FirstEvalBenchmarks(), null);

        Assert.AreEqual(FirstEvalEngines.Expected, answer);
    }

    [TestMethod]
    public void EveryEngineOfTheProbeHasAnInProcessBenchmark()
    {
        string[] methods = [.. Methods.Select(m => (string)m[0])];

        CollectionAssert.AreEquivalent(FirstEvalEngines.All.ToArray(), methods);
        Assert.ThrowsExactly<ArgumentException>(() => FirstEvalEngines.Run("Cobol"));
    }

    [TestMethod]
    [DynamicData(nameof(Engines))]
    public void TheColdProbeTimesAFreshProcessAndChecksTheAnswer(string engine)
    {
        double milliseconds = ColdFirstEval.RunOnce(engine);

        Assert.IsTrue(milliseconds > 0, $"{engine}: {milliseconds} ms");
    }

    [TestMethod]
    public void TheProbesOutputIsTheAnswerAndTheMilliseconds()
    {
        Assert.AreEqual(12.5, ColdFirstEval.ParseProbeOutput("Vm", "42 12.500\n"));
        Assert.ThrowsExactly<InvalidOperationException>(() => ColdFirstEval.ParseProbeOutput("Vm", "41 12.5"));
        Assert.ThrowsExactly<InvalidOperationException>(() => ColdFirstEval.ParseProbeOutput("Vm", "none 12.5"));
        Assert.ThrowsExactly<InvalidOperationException>(() => ColdFirstEval.ParseProbeOutput("Vm", "42"));
        Assert.ThrowsExactly<InvalidOperationException>(() => ColdFirstEval.ParseProbeOutput("Vm", "42 soon"));
    }
}
