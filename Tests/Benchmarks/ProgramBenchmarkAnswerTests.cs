using System.Reflection;
using BenchmarkDotNet.Attributes;
using FluentAI.Benchmarks.CrossLanguage;

namespace FluentAI.Tests.Benchmarks;

/// <summary>
/// Each cross-language program class: every benchmark's targeted GlobalSetup (which checks the answer
/// once) and then the benchmark itself, run once with the answer asserted. Benchmarks are found by
/// their attributes, so a new engine or execution mode is covered as soon as it is added.
/// </summary>
[TestClass]
public sealed class ProgramBenchmarkAnswerTests
{
    private static readonly string[] Engines = ["CSharp", "FSharp", "Jint", "Jurassic", "NLua", "Vm"];

    [TestMethod]
    public void FibGivesItsAnswerOnEveryEngine() => AssertEveryBenchmarkAnswers(new FibProgramBenchmarks(), 832040);

    [TestMethod]
    public void TakGivesItsAnswerOnEveryEngine() => AssertEveryBenchmarkAnswers(new TakProgramBenchmarks(), 7);

    [TestMethod]
    public void TailLoopGivesItsAnswerOnEveryEngine() => AssertEveryBenchmarkAnswers(new TailLoopProgramBenchmarks(), 50_000_005_000_000);

    [TestMethod]
    public void MutualRecursionGivesItsAnswerOnEveryEngine() => AssertEveryBenchmarkAnswers(new MutualRecursionProgramBenchmarks(), 2);

    [TestMethod]
    public void NQueensGivesItsAnswerOnEveryEngine() => AssertEveryBenchmarkAnswers(new NQueensProgramBenchmarks(), 92);

    [TestMethod]
    public void MapFilterFoldGivesItsAnswerOnEveryEngine() => AssertEveryBenchmarkAnswers(new MapFilterFoldProgramBenchmarks(), 7_500_150_000);

    [TestMethod]
    public void StringBuildGivesItsAnswerOnEveryEngine() => AssertEveryBenchmarkAnswers(new StringBuildProgramBenchmarks(), 48_889);

    [TestMethod]
    public void TreeMatchGivesItsAnswerOnEveryEngine() => AssertEveryBenchmarkAnswers(new TreeMatchProgramBenchmarks(), 2_147_450_880);

    [TestMethod]
    public void AnAnswerIsReadAsAnIntegerFromEveryEnginesResultType()
    {
        Assert.AreEqual(7L, ProgramBenchmarks.AsInteger(7L));
        Assert.AreEqual(7L, ProgramBenchmarks.AsInteger(7));
        Assert.AreEqual(50_000_005_000_000L, ProgramBenchmarks.AsInteger(50_000_005_000_000.0));
        Assert.AreEqual(7L, ProgramBenchmarks.AsInteger(new System.Numerics.BigInteger(7)));
        Assert.IsNull(ProgramBenchmarks.AsInteger(7.5));
        Assert.IsNull(ProgramBenchmarks.AsInteger("7"));
        Assert.IsNull(ProgramBenchmarks.AsInteger(null));
    }

    private static void AssertEveryBenchmarkAnswers(ProgramBenchmarks benchmarks, long expected)
    {
        Assert.AreEqual(expected, benchmarks.Expected);
        MethodInfo[] methods = benchmarks.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance);
        MethodInfo[] measured = [.. methods.Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)];
        CollectionAssert.IsSubsetOf(Engines, measured.Select(m => m.Name).ToArray());
        try
        {
            foreach (MethodInfo benchmark in measured)
            {
                MethodInfo setup = methods.Single(m => m.GetCustomAttribute<GlobalSetupAttribute>()?.Targets?.Contains(benchmark.Name) == true);
                setup.Invoke(benchmarks, null);
                object? answer = benchmark.Invoke(benchmarks, null);
                Assert.AreEqual(expected, ProgramBenchmarks.AsInteger(answer), $"{benchmarks.GetType().Name}.{benchmark.Name} answered {answer}");
            }
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }
}
