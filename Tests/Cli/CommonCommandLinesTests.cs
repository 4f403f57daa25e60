using FluentAI.Cli;

namespace FluentAI.Tests.Cli;

/// <summary>The fast path for <c>fluentc run FILE</c> (with or without <c>--engine E</c>) and <c>fluentc --version</c> takes exactly those lines and answers as the parser would.</summary>
[TestClass]
public sealed class CommonCommandLinesTests
{
    [TestMethod]
    [DataRow(new[] { "run", "-x" })]
    [DataRow(new[] { "run", "@args.rsp" })]
    [DataRow(new[] { "run", "" })]
    [DataRow(new[] { "run", "prog.ai", "--engine", "VM" })]
    [DataRow(new[] { "run", "prog.ai", "--engine", "jit" })]
    [DataRow(new[] { "run", "--engine", "vm", "-x" })]
    [DataRow(new[] { "run", "-e", "vm", "@args.rsp" })]
    [DataRow(new[] { "run", "prog.ai", "--engine", "vm", "--tier-threshold", "5" })]
    [DataRow(new[] { "run", "prog.ai", "--engine" })]
    [DataRow(new[] { "run", "prog.ai", "--tier-threshold", "5" })]
    [DataRow(new[] { "run" })]
    [DataRow(new[] { "eval", "1" })]
    [DataRow(new[] { "--version", "extra" })]
    [DataRow(new[] { "--help" })]
    public void OtherLinesAreLeftToTheParser(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(TextReader.Null, output, error, interactive: false);

        Assert.IsFalse(CommonCommandLines.TryDispatch(args, context, out _));
        Assert.AreEqual(string.Empty, output.ToString());
        Assert.AreEqual(string.Empty, error.ToString());
    }

    [TestMethod]
    public void RunFileGivesWhatTheParserGives()
    {
        using var scratch = CliHarness.CreateScratch();
        string program = scratch.WriteText("p.ai", "(io:print 1)\n(+ 1 2)\n(/ 1 0)\n");

        CliResult fast = CliHarness.Run("run", program);
        CliResult parsed = CliHarness.Run("run", program, "--engine", "tiered", "--tier-threshold", "1000");

        Assert.AreEqual(parsed.ExitCode, fast.ExitCode);
        Assert.AreEqual(parsed.Output, fast.Output);
        Assert.AreEqual(parsed.Error, fast.Error);
        Assert.Contains("1\n3\n", fast.Output);
    }

    [TestMethod]
    [DataRow("vm", "--engine", true)]
    [DataRow("dynamic", "-e", true)]
    [DataRow("cecil", "--engine", false)]
    [DataRow("tiered", "-e", false)]
    public void RunWithAnEngineGivesWhatTheParserGives(string engine, string option, bool engineFirst)
    {
        using var scratch = CliHarness.CreateScratch();
        string program = scratch.WriteText("p.ai", "(io:print 1)\n(define (f n) (if (< n 1) 0 (+ 1 (f (- n 1)))))\n(f 50)\n(/ 1 0)\n");

        CliResult fast = engineFirst ? CliHarness.Run("run", option, engine, program) : CliHarness.Run("run", program, option, engine);
        CliResult parsed = CliHarness.Run("run", program, "--engine", engine, "--tier-threshold", "1000");

        Assert.AreEqual(parsed.ExitCode, fast.ExitCode, engine);
        Assert.AreEqual(parsed.Output, fast.Output, engine);
        Assert.AreEqual(parsed.Error, fast.Error, engine);
        Assert.Contains("1\n50\n", fast.Output, engine);
        Assert.AreEqual(ExitCodes.RuntimeError, fast.ExitCode, engine);
    }

    [TestMethod]
    public void MissingFileIsAnIoErrorAsBefore()
    {
        CliResult result = CliHarness.Run("run", "no-such-file.ai");

        Assert.AreEqual(ExitCodes.IoError, result.ExitCode);
        Assert.Contains("no-such-file.ai", result.Error);
    }
}
