using FluentAI.Cli;

namespace FluentAI.Tests.Cli;

/// <summary>
/// The commands end to end, through the real parser and VM. These need the engine behind
/// <c>FluentEngine</c> and the runtime printer, so they are in the NeedsEngine category until those land.
/// </summary>
[TestClass]
[TestCategory("NeedsEngine")]
public sealed class EngineCommandTests
{
    [TestMethod]
    public void RunPrintsOutputAndTopLevelValues()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteText("p.ai", "(define (sq x) (* x x))\n(io:print \"hi\" 2)\n(sq 7)\n");

        CliResult result = CliHarness.Run("run", path);

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.AreEqual("hi 2\n49\n", result.Output.ReplaceLineEndings("\n"));
        Assert.AreEqual(string.Empty, result.Error);
    }

    [TestMethod]
    public void RunOfAnEmptyFileSucceedsSilently()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteText("empty.ai", string.Empty);

        CliResult result = CliHarness.Run("run", path);

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.AreEqual(string.Empty, result.Output);
        Assert.AreEqual(string.Empty, result.Error);
    }

    [TestMethod]
    public void RunReportsSyntaxErrorsWithCompileErrorCode()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteText("bad.ai", "(io:print 1)\n(+ 1 2");

        CliResult result = CliHarness.Run("run", path);

        Assert.AreEqual(ExitCodes.CompileError, result.ExitCode);
        Assert.StartsWith($"{path}(", result.Error);
        Assert.Contains(": error FL0", result.Error);
        Assert.AreEqual(string.Empty, result.Output, "a program with syntax errors does not start");
    }

    [TestMethod]
    public void RunReportsRuntimeErrorsAfterTheOutputSoFar()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteText("div.ai", "(io:print \"before\")\n(/ 1 0)\n(io:print \"after\")\n");

        CliResult result = CliHarness.Run("run", path);

        Assert.AreEqual(ExitCodes.RuntimeError, result.ExitCode);
        Assert.AreEqual("before\n", result.Output.ReplaceLineEndings("\n"));
        Assert.Contains("runtime error: ", result.Error);
        Assert.Contains("Division by zero", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at FluentAI", result.Error);
    }

    [TestMethod]
    public void RunSurvivesDeepNonTailRecursion()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteText("deep.ai", "(define (count n) (if (== n 0) 0 (+ 1 (count (- n 1)))))\n(count 100000)\n");

        CliResult result = CliHarness.Run("run", path);

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.AreEqual("100000", result.Output.Trim());
    }

    [TestMethod]
    public void RunReadsStandardInput()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteText("echo.ai", "(io:print (string-upcase (io:read-line)))\n");

        CliResult result = CliHarness.RunWithInput("shout\n", "run", path);

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.AreEqual("SHOUT", result.Output.Trim());
    }

    [TestMethod]
    [DataRow("(+ 1 2)", "3")]
    [DataRow("[1 \"a\" #t]", "[1 \"a\" #t]")]
    [DataRow("(define x 5) (* x 2)", "10")]
    [DataRow("(/ 7 2.0)", "3.5")]
    public void EvalPrintsTheDisplayForm(string expression, string expected)
    {
        CliResult result = CliHarness.Run("eval", expression);

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.AreEqual(expected, result.Output.TrimEnd('\r', '\n'));
    }

    [TestMethod]
    public void EvalOfNilPrintsNothing()
    {
        CliResult result = CliHarness.Run("eval", "(define x 1)");

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.AreEqual(string.Empty, result.Output);
    }

    [TestMethod]
    public void EvalReadsStandardInputForDash()
    {
        CliResult result = CliHarness.RunWithInput("(* 6\n 7)", "eval", "-");

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.AreEqual("42", result.Output.Trim());
    }

    [TestMethod]
    public void EvalErrorsUseTheirExitCodes()
    {
        CliResult syntax = CliHarness.Run("eval", "(+ 1");
        CliResult runtime = CliHarness.Run("eval", "(head [])");

        Assert.AreEqual(ExitCodes.CompileError, syntax.ExitCode);
        Assert.StartsWith("<eval>(1,", syntax.Error);
        Assert.AreEqual(ExitCodes.RuntimeError, runtime.ExitCode);
        Assert.Contains("Empty list", runtime.Error);
    }

    [TestMethod]
    public void ParsePrintsTheTree()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteText("p.ai", "(define (f x) (+ x 1))\n");

        CliResult result = CliHarness.Run("parse", path);

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.StartsWith("CompilationUnit (1,1)", result.Output);
        Assert.Contains("Forms[0]: Define (1,1) IsFunctionForm=true", result.Output);
        Assert.Contains("Parameters[0]: Symbol (1,12) Name=\"x\"", result.Output);
    }

    [TestMethod]
    public void ParseReportsDiagnostics()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteText("p.ai", "(define x\n  \"unterminated");

        CliResult result = CliHarness.Run("parse", path);

        Assert.AreEqual(ExitCodes.CompileError, result.ExitCode);
        Assert.Contains($"{path}(2,3): error FL0002:", result.Error);
        Assert.AreEqual(string.Empty, result.Output);
    }

    [TestMethod]
    public void DisasmPrintsAListing()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteText("p.ai", "(io:print (+ 1 2))\n");

        CliResult result = CliHarness.Run("disasm", path);

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.Contains("(io:print (+ 1 2))", result.Output, "the listing shows source lines");
    }

    [TestMethod]
    public void ReplKeepsDefinitionsAndSurvivesErrors()
    {
        CliResult result = CliHarness.RunWithInput("(define (sq x)\n  (* x x))\n(sq 1 2)\n(+ 1\n(sq 4))\n(define y 2)\n", "repl");

        Assert.AreEqual(ExitCodes.Success, result.ExitCode);
        Assert.AreEqual("17\n", result.Output.ReplaceLineEndings("\n"));
        Assert.Contains("Arity mismatch", result.Error, StringComparison.OrdinalIgnoreCase);
    }
}
