using System.Reflection;
using BenchmarkDotNet.Attributes;
using FluentAI.Benchmarks.Startup;

namespace FluentAI.Tests.Benchmarks;

/// <summary>
/// The startup benchmark, each method once: a real process each (the C# hello world, <c>fluentc run</c>
/// on each engine), its exit code and output checked by the benchmark itself. The executables are the
/// ones built in this test run's configuration.
/// </summary>
[TestClass]
public sealed class StartupBenchmarkTests
{
    public static IEnumerable<object[]> Methods => BenchmarkMethods().Select(m => new object[] { m.Name });

    [TestMethod]
    [DynamicData(nameof(Methods))]
    public void EachStartupBenchmarkRunsItsProcessAndChecksTheOutput(string method)
    {
        object? output = typeof(StartupBenchmarks).GetMethod(method)!.Invoke(new StartupBenchmarks(), null);

        Assert.AreEqual(method == nameof(StartupBenchmarks.CSharpHello) ? StartupBenchmarks.HelloOutput : StartupBenchmarks.PrintOneOutput, output);
    }

    [TestMethod]
    public void TheHelloWorldIsTheBaselineAndEveryEngineOfFluentcRunIsMeasured()
    {
        MethodInfo[] methods = BenchmarkMethods();

        Assert.AreEqual(nameof(StartupBenchmarks.CSharpHello), methods.Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline).Name);
        CollectionAssert.IsSubsetOf(
            new[] { nameof(StartupBenchmarks.Fluentc), nameof(StartupBenchmarks.FluentcVm), nameof(StartupBenchmarks.FluentcDynamic) },
            methods.Select(m => m.Name).ToArray());
    }

    [TestMethod]
    public void AProcessWithOtherOutputOrAFailingExitCodeIsRejected()
    {
        Assert.AreEqual("1\n", new ProcessOutput(0, "1" + Environment.NewLine, "").Expect("p", "1\n"));
        Assert.ThrowsExactly<InvalidOperationException>(() => new ProcessOutput(0, "2\n", "").Expect("p", "1\n"));
        InvalidOperationException failed = Assert.ThrowsExactly<InvalidOperationException>(() => new ProcessOutput(1, "1\n", "boom").Expect("p", "1\n"));
        Assert.Contains("exit code 1", failed.Message);
        Assert.Contains("boom", failed.Message);
    }

    private static MethodInfo[] BenchmarkMethods() =>
        [.. typeof(StartupBenchmarks).GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)];
}
