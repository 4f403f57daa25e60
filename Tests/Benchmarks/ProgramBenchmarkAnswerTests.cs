using System.Reflection;
using BenchmarkDotNet.Attributes;
using FluentAI.Benchmarks.CrossLanguage;

namespace FluentAI.Tests.Benchmarks;

/// <summary>
/// Each cross-language program class, one row per engine: the engine's targeted GlobalSetup (which checks
/// the answer once) and then the benchmark itself, run once with the answer asserted. Engines are the
/// benchmark methods found by their attributes, so a new engine or execution mode is covered as soon as
/// it is added; rows run in parallel.
/// </summary>
[TestClass]
public sealed class ProgramBenchmarkAnswerTests
{
    private static readonly string[] KnownEngines = ["CSharp", "FSharp", "Jint", "Jurassic", "NLua", "Vm", "Dynamic", "Tiered", "LongLived", "Cecil"];

    public static IEnumerable<object[]> Engines => BenchmarkMethods(typeof(ProgramBenchmarks)).Select(m => new object[] { m.Name });

    [TestMethod]
    [DynamicData(nameof(Engines))]
    public void FibGivesItsAnswer(string engine) => AssertAnswer(new FibProgramBenchmarks(), engine, 832040);

    [TestMethod]
    [DynamicData(nameof(Engines))]
    public void TakGivesItsAnswer(string engine) => AssertAnswer(new TakProgramBenchmarks(), engine, 7);

    [TestMethod]
    [DynamicData(nameof(Engines))]
    public void TailLoopGivesItsAnswer(string engine) => AssertAnswer(new TailLoopProgramBenchmarks(), engine, 50_000_005_000_000);

    [TestMethod]
    [DynamicData(nameof(Engines))]
    public void MutualRecursionGivesItsAnswer(string engine) => AssertAnswer(new MutualRecursionProgramBenchmarks(), engine, 2);

    [TestMethod]
    [DynamicData(nameof(Engines))]
    public void NQueensGivesItsAnswer(string engine) => AssertAnswer(new NQueensProgramBenchmarks(), engine, 92);

    [TestMethod]
    [DynamicData(nameof(Engines))]
    public void MapFilterFoldGivesItsAnswer(string engine) => AssertAnswer(new MapFilterFoldProgramBenchmarks(), engine, 7_500_150_000);

    [TestMethod]
    [DynamicData(nameof(Engines))]
    public void StringBuildGivesItsAnswer(string engine) => AssertAnswer(new StringBuildProgramBenchmarks(), engine, 48_889);

    [TestMethod]
    [DynamicData(nameof(Engines))]
    public void TreeMatchGivesItsAnswer(string engine) => AssertAnswer(new TreeMatchProgramBenchmarks(), engine, 2_147_450_880);

    [TestMethod]
    public void EveryProgramClassHasEveryEngineAndATargetedSetupForEach()
    {
        Type[] programs = [.. typeof(ProgramBenchmarks).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ProgramBenchmarks)) && !t.IsAbstract)];

        Assert.HasCount(8, programs);
        foreach (Type program in programs)
        {
            MethodInfo[] benchmarks = BenchmarkMethods(program);
            CollectionAssert.IsSubsetOf(KnownEngines, benchmarks.Select(m => m.Name).ToArray(), program.Name);
            Assert.HasCount(1, benchmarks.Where(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline), program.Name);
            foreach (MethodInfo benchmark in benchmarks)
            {
                _ = SetupFor(program, benchmark.Name);
            }
        }
    }

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

    private static void AssertAnswer(ProgramBenchmarks benchmarks, string engine, long expected)
    {
        Assert.AreEqual(expected, benchmarks.Expected);
        Type type = benchmarks.GetType();
        MethodInfo benchmark = type.GetMethod(engine, BindingFlags.Public | BindingFlags.Instance)!;
        try
        {
            SetupFor(type, engine).Invoke(benchmarks, null);
            object? answer = benchmark.Invoke(benchmarks, null);
            Assert.AreEqual(expected, ProgramBenchmarks.AsInteger(answer), $"{type.Name}.{engine} answered {answer}");
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private static MethodInfo[] BenchmarkMethods(Type type) =>
        [.. type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)];

    private static MethodInfo SetupFor(Type type, string engine) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Single(m => m.GetCustomAttribute<GlobalSetupAttribute>()?.Targets?.Contains(engine) == true);
}
