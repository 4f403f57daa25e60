using CliWrap.Buffered;
using FluentAI.Cli;
using FluentAI.Tests.Cli;

namespace FluentAI.Tests.Cecil;

/// <summary><c>fluentc build</c> and <c>fluentc run --engine cecil</c> end to end: files, <c>dotnet Name.dll</c>, diagnostics, failures.</summary>
[TestClass]
public sealed class BuildCommandTests
{
    private const string Program = """
        (define (square x) (* x x))
        (io:print "squares" (square 3))
        (map square [1 2 3])
        (define name (io:read-line))
        (string-append "hi " name)
        (/ (square 2) 0)
        (io:print "never")
        """;

    [TestMethod]
    public void BuildWritesTheAssemblyAndWhatRunsIt()
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string source = scratch.WriteText("squares.ai", Program);
        string output = Path.Combine(scratch.Path, "out");

        CliResult result = CliHarness.Run("build", source, "-o", output);

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.AreEqual($"squares -> {Path.Combine(output, "squares.dll")}\n", result.Output.ReplaceLineEndings("\n"));
        CollectionAssert.AreEquivalent(
            new[] { "squares.dll", "squares.pdb", "squares.xml", "squares.runtimeconfig.json", "FluentAI.Runtime.dll" },
            Directory.GetFiles(output).Select(Path.GetFileName).ToArray());
        Assert.IsEmpty(Directory.GetDirectories(scratch.Path).Where(d => Path.GetFileName(d).StartsWith('.')), "no staging directory is left");
    }

    [TestMethod]
    public async Task DotnetRunsTheBuiltProgramExactlyAsFluentcRunDoes()
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string source = scratch.WriteText("squares.ai", Program);
        string output = Path.Combine(scratch.Path, "out");
        Assert.AreEqual(ExitCodes.Success, CliHarness.Run("build", source, "-o", output).ExitCode);

        CliResult expected = CliHarness.RunWithInput("Ada\n", "run", source);
        CliResult compiled = CliHarness.RunWithInput("Ada\n", "run", "-e", "cecil", source);
        BufferedCommandResult actual = await DotnetProcess.RunAsync([Path.Combine(output, "squares.dll")], scratch.Path, "Ada\n");

        Assert.AreEqual("squares 9\n[1 4 9]\n\"hi Ada\"\n", expected.Output.ReplaceLineEndings("\n"));
        Assert.AreEqual(expected.Output.ReplaceLineEndings("\n"), actual.StandardOutput.ReplaceLineEndings("\n"));
        Assert.AreEqual(ExitCodes.RuntimeError, actual.ExitCode);
        Assert.StartsWith($"{source}(6,1): runtime error: division by zero\n", actual.StandardError.ReplaceLineEndings("\n"));
        Assert.StartsWith(expected.Error.ReplaceLineEndings("\n"), actual.StandardError.ReplaceLineEndings("\n"), "the VM's error line (compiled code adds the innermost frame)");
        Assert.AreEqual(compiled.Error.ReplaceLineEndings("\n"), actual.StandardError.ReplaceLineEndings("\n"), "exactly fluentc run --engine cecil's error output");
    }

    [TestMethod]
    public void RunWithTheCecilEngineMatchesTheVm()
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string source = scratch.WriteText("squares.ai", Program);

        CliResult vm = CliHarness.RunWithInput("Ada\n", "run", "-e", "vm", source);
        CliResult cecil = CliHarness.RunWithInput("Ada\n", "run", "-e", "cecil", source);

        Assert.AreEqual(ExitCodes.RuntimeError, cecil.ExitCode);
        Assert.AreEqual(vm.Output, cecil.Output);
        Assert.AreEqual(vm.Error.Split('\n')[0], cecil.Error.Split('\n')[0]);
    }

    [TestMethod]
    public void ALibraryHasNoRuntimeConfig()
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string source = scratch.WriteText("lib.ai", "(module lib (export twice) (define (twice x) (* 2 x)))");
        string output = Path.Combine(scratch.Path, "out");

        CliResult result = CliHarness.Run("build", source, "-o", output, "--namespace", "My.Library");

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.IsFalse(File.Exists(Path.Combine(output, "lib.runtimeconfig.json")));
        Assert.Contains("T:My.Library.Lib", File.ReadAllText(Path.Combine(output, "lib.xml")));
    }

    [TestMethod]
    public void RebuildingReplacesTheFilesAndKeepsOthers()
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string source = scratch.WriteText("p.ai", "(+ 1 2)");
        string output = Path.Combine(scratch.Path, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "keep.txt"), "mine");
        File.WriteAllText(Path.Combine(output, "p.dll"), "old");

        CliResult result = CliHarness.Run("build", source, "-o", output);

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.AreEqual("mine", File.ReadAllText(Path.Combine(output, "keep.txt")));
        Assert.AreNotEqual("old", File.ReadAllText(Path.Combine(output, "p.dll")));
    }

    [TestMethod]
    public void AFailedBuildWritesNothing()
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string source = scratch.WriteText("bad.ai", "(define (f x) (+ x 1)\n");
        string output = Path.Combine(scratch.Path, "out");

        CliResult result = CliHarness.Run("build", source, "-o", output);

        Assert.AreEqual(ExitCodes.CompileError, result.ExitCode);
        Assert.Contains($"{source}(1,1): error FL0102", result.Error);
        Assert.IsFalse(Directory.Exists(output));
        Assert.AreEqual(1, Directory.GetFileSystemEntries(scratch.Path).Length, "only the source is there");
    }

    [TestMethod]
    public void AnUnwritableOutputIsFL0905AndLeavesNothingBehind()
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string source = scratch.WriteText("p.ai", "(+ 1 2)");
        string output = scratch.WriteText("out", "a file, not a directory");

        CliResult result = CliHarness.Run("build", source, "-o", output);

        Assert.AreEqual(ExitCodes.IoError, result.ExitCode);
        Assert.StartsWith($"{output}(1,1): error FL0905: Cannot write output", result.Error);
        Assert.AreEqual(2, Directory.GetFileSystemEntries(scratch.Path).Length, "no staging directory is left");
    }

    [TestMethod]
    public void ExportsWithTheSameDotnetNameAreFL0401()
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string source = scratch.WriteText("m.ai", "(module m (export fib-x fib_x) (define fib-x 1) (define fib_x 2))");

        CliResult result = CliHarness.Run("build", source, "-o", Path.Combine(scratch.Path, "out"));

        Assert.AreEqual(ExitCodes.CompileError, result.ExitCode);
        Assert.AreEqual($"{source}(1,25): error FL0401: The exports fib-x and fib_x of module m are both the .NET name FibX", result.Error.TrimEnd());
    }

    [TestMethod]
    public void AnExportWithoutLettersIsFL0402()
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string source = scratch.WriteText("m.ai", "(module m (export +++) (define +++ 1))");

        CliResult result = CliHarness.Run("build", source, "-o", Path.Combine(scratch.Path, "out"));

        Assert.AreEqual(ExitCodes.CompileError, result.ExitCode);
        Assert.Contains("error FL0402: The export +++ of module m has no .NET name", result.Error);
    }

    [TestMethod]
    public void TwoProgramsAreFL0904()
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string first = scratch.WriteText("a.ai", "(+ 1 2)");
        string second = scratch.WriteText("b.ai", "(+ 3 4)");

        CliResult result = CliHarness.Run("build", first, second, "-o", Path.Combine(scratch.Path, "out"));

        Assert.AreEqual(ExitCodes.CompileError, result.ExitCode);
        Assert.Contains($"{second}(1,1): error FL0904: a.ai and b.ai are both programs", result.Error);
    }

    [TestMethod]
    [DataRow("--namespace", "1st.Namespace", "is not a namespace")]
    [DataRow("--name", "a/b", "cannot be an assembly name")]
    public void BadNamesAreUsageErrors(string option, string value, string message)
    {
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string source = scratch.WriteText("p.ai", "(+ 1 2)");

        CliResult result = CliHarness.Run("build", source, "-o", Path.Combine(scratch.Path, "out"), option, value);

        Assert.AreEqual(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(message, result.Error);
    }
}
