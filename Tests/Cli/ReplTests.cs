using FluentAI.Cli;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Hosting;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Cli;

[TestClass]
public sealed class ReplTests
{
    /// <summary>Drives a REPL whose engine is replaced by <paramref name="evaluate"/>; records every submission.</summary>
    private static (string Output, string Error, List<string> Submitted, Repl Repl) Drive(string input, Func<string, object?>? evaluate = null, bool showPrompts = false)
    {
        var submitted = new List<string>();
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var repl = new Repl(reader, output, error, showPrompts, source =>
        {
            submitted.Add(source);
            return evaluate is null ? null : evaluate(source);
        });
        repl.Run();
        return (output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"), submitted, repl);
    }

    [TestMethod]
    public void HelpListsTheCommands()
    {
        var (output, error, submitted, _) = Drive(":help\n");

        Assert.Contains(":help", output);
        Assert.Contains(":history", output);
        Assert.Contains(":quit", output);
        Assert.AreEqual(string.Empty, error);
        Assert.IsEmpty(submitted);
    }

    [TestMethod]
    public void QuitStopsReading()
    {
        var (_, _, submitted, _) = Drive("(a)\n:quit\n(b)\n");

        CollectionAssert.AreEqual(new[] { "(a)" }, submitted);
    }

    [TestMethod]
    public void EndOfInputQuits()
    {
        var (output, error, submitted, _) = Drive("(a)\n(b)");

        CollectionAssert.AreEqual(new[] { "(a)", "(b)" }, submitted);
        Assert.AreEqual(string.Empty, output);
        Assert.AreEqual(string.Empty, error);
    }

    [TestMethod]
    public void MultiLineInputIsSubmittedWhenBracketsBalance()
    {
        var (_, _, submitted, _) = Drive("(define (f x)\n  [x\n   \"a ) string\"])\n(f 1)\n");

        CollectionAssert.AreEqual(new[] { "(define (f x)\n  [x\n   \"a ) string\"])", "(f 1)" }, submitted);
    }

    [TestMethod]
    public void UnfinishedInputAtEndIsStillSubmittedSoTheParserCanReportIt()
    {
        var (_, _, submitted, _) = Drive("(define x\n  (+ 1");

        CollectionAssert.AreEqual(new[] { "(define x\n  (+ 1" }, submitted);
    }

    [TestMethod]
    public void PromptsBannerAndContinuationPrompt()
    {
        var (output, _, _, _) = Drive("(+ 1\n2)\n", _ => 3L, showPrompts: true);

        Assert.AreEqual(Repl.Banner + "\nfl> ..> 3\nfl> ", output);
    }

    [TestMethod]
    public void NoPromptsWhenNotInteractive()
    {
        var (output, _, _, _) = Drive("(+ 1\n2)\n", _ => 3L);

        Assert.AreEqual("3\n", output);
    }

    [TestMethod]
    public void NilResultsPrintNothing()
    {
        var (output, _, submitted, _) = Drive("(define x 1)\n(print x)\n", _ => null);

        Assert.AreEqual(string.Empty, output);
        Assert.HasCount(2, submitted);
    }

    [TestMethod]
    public void HistoryListsThisSessionsInputs()
    {
        var (output, _, _, repl) = Drive("(define x 1)\n:help\n(+ x\n   2)\n:history\n");

        CollectionAssert.AreEqual(new[] { "(define x 1)", "(+ x\n   2)" }, repl.History.ToList());
        Assert.EndsWith("   1  (define x 1)\n   2  (+ x\n         2)\n", output);
    }

    [TestMethod]
    public void CompileErrorsAreShownAndTheSessionContinues()
    {
        var source = new SourceText("(+ 1", Repl.SourcePath);
        var diagnostic = new Diagnostic(DiagnosticCode.ExpectedClosingParenthesis, DiagnosticSeverity.Error, source, new TextSpan(4, 0), "Expected ')'");
        int calls = 0;

        var (output, error, _, _) = Drive("(bad)\n(good)\n", _ => ++calls == 1 ? throw new FluentCompilationException([diagnostic]) : 7L);

        Assert.AreEqual("<repl>(1,5): error FL0102: Expected ')'\n", error);
        Assert.AreEqual("7\n", output);
    }

    [TestMethod]
    public void RuntimeErrorsAreShownAndTheSessionContinues()
    {
        int calls = 0;
        var (output, error, _, _) = Drive(
            "(/ 1 0)\n(good)\n",
            _ => ++calls == 1 ? throw new FluentRuntimeException("division-by-zero", "Division by zero", "<repl>(1,1)", ["at f (<repl>:1:1)"]) : "ok");

        Assert.AreEqual("<repl>(1,1): runtime error: Division by zero\n  at f (<repl>:1:1)\n", error);
        Assert.AreEqual(2, calls);
        Assert.AreNotEqual(string.Empty, output);
    }

    [TestMethod]
    public void UnexpectedExceptionsDoNotEndTheSession()
    {
        int calls = 0;
        var (_, error, _, _) = Drive("(a)\n(b)\n", _ => ++calls == 1 ? throw new InvalidOperationException("engine bug") : null);

        Assert.AreEqual("internal error: engine bug\n", error);
        Assert.AreEqual(2, calls);
    }

    [TestMethod]
    public void UnknownCommandsAreReported()
    {
        var (_, error, submitted, _) = Drive(":frob\n(a)\n");

        Assert.Contains("Unknown command ':frob'", error);
        CollectionAssert.AreEqual(new[] { "(a)" }, submitted);
    }

    [TestMethod]
    public void BlankLinesAreIgnored()
    {
        var (_, _, submitted, repl) = Drive("\n   \n(a)\n\n");

        CollectionAssert.AreEqual(new[] { "(a)" }, submitted);
        Assert.HasCount(1, repl.History);
    }

    [TestMethod]
    public void ReplCommandReadsPipedInputWithoutPrompts()
    {
        CliResult result = CliHarness.RunWithInput(":help\n:quit\n", "repl");

        Assert.AreEqual(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("Enter FluentAI forms", result.Output);
        Assert.DoesNotContain(Repl.Prompt, result.Output);
    }
}
