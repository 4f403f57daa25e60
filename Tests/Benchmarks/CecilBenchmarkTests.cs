using System.Diagnostics;
using FluentAI.Benchmarks;
using FluentAI.Cli;
using FluentAI.Compiler.Emit.Cecil;
using FluentAI.Compiler.Hosting;
using FluentAI.Compiler.Text;
using FluentAI.Tests.Cecil;
using FluentAI.Tests.Cli;

namespace FluentAI.Tests.Benchmarks;

/// <summary>The Cecil build benchmark run once; the 10,000-line build timed. (The built code's speed is the Cecil column of the program suite, covered by <see cref="ProgramBenchmarkAnswerTests"/>.)</summary>
[TestClass]
public sealed class CecilBenchmarkTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void CecilBuildBenchmarksBuild()
    {
        var benchmarks = new CecilBuildBenchmarks();
        benchmarks.Setup();
        try
        {
            Assert.IsTrue(benchmarks.BuildInMemory().Succeeded);
            Assert.AreEqual(5, benchmarks.BuildToDirectory(), "dll, pdb, xml, FluentAI.Runtime.dll, runtimeconfig");
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    /// <summary>
    /// fluentc build of the generated 10,000-line program through the command line, in process. The goal is
    /// under 2 s on a Release build; this Debug-build test allows 20 s so a loaded machine does not fail
    /// it, and reports the figure. The program the build makes runs as it does on the VM.
    /// </summary>
    [TestMethod]
    public void BuildOfTenThousandLines()
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string text = CecilBuildBenchmarks.Generate(CecilBuildBenchmarks.Lines);
        Assert.AreEqual(CecilBuildBenchmarks.Lines, text.Count(c => c == '\n'));
        string source = scratch.WriteText("large.ai", text);
        string output = Path.Combine(scratch.Path, "out");

        var watch = Stopwatch.StartNew();
        CliResult result = CliHarness.Run("build", source, "-o", output);
        watch.Stop();

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        TestContext.WriteLine($"fluentc build of {CecilBuildBenchmarks.Lines} lines: {watch.Elapsed.TotalSeconds:F2} s");
        Assert.IsLessThan(20.0, watch.Elapsed.TotalSeconds);

        using LoadedAssembly loaded = LoadedAssembly.Load(Path.Combine(output, "large.dll"));
        (int code, string printed, string error) = CecilTestBuilds.Run(loaded);
        Assert.AreEqual(0, code, error);
        using var vmOutput = new StringWriter();
        new FluentEngine(new FluentEngineOptions { Mode = ExecutionMode.Vm, Output = vmOutput }).RunProgram(new SourceText(text, source));
        Assert.AreEqual(vmOutput.ToString().ReplaceLineEndings("\n"), printed);
    }
}
