using System.Text;
using FluentAI.Cli;

namespace FluentAI.Tests.Cli;

[TestClass]
public sealed class CommandLineTests
{
    private static readonly string[] CommandNames = ["run", "eval", "repl", "parse", "disasm", "build"];

    [TestMethod]
    public void HelpListsEveryCommand()
    {
        CliResult result = CliHarness.Run("--help");

        Assert.AreEqual(ExitCodes.Success, result.ExitCode);
        foreach (string name in CommandNames)
        {
            Assert.Contains("  " + name, result.Output, $"'{name}' missing from --help");
        }

        Assert.AreEqual(string.Empty, result.Error);
    }

    [TestMethod]
    [DataRow("run", "--engine")]
    [DataRow("eval", "expression")]
    [DataRow("repl", "interactive")]
    [DataRow("parse", "syntax tree")]
    [DataRow("disasm", "--il")]
    [DataRow("build", "--output")]
    public void EveryCommandHasHelp(string command, string expected)
    {
        CliResult result = CliHarness.Run(command, "--help");

        Assert.AreEqual(ExitCodes.Success, result.ExitCode);
        Assert.Contains($"fluentc {command}", result.Output);
        Assert.Contains(expected, result.Output);
    }

    [TestMethod]
    public void VersionPrintsTheVersion()
    {
        CliResult result = CliHarness.Run("--version");

        Assert.AreEqual(ExitCodes.Success, result.ExitCode);
        Assert.AreEqual("0.1.0", result.Output.Trim());
    }

    [TestMethod]
    public void UnknownEngineIsAUsageError()
    {
        CliResult result = CliHarness.Run("run", "prog.ai", "--engine", "turbo");

        Assert.AreEqual(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("turbo", result.Error);
        Assert.Contains("fluentc run --help", result.Error);
    }

    [TestMethod]
    public void BuildOfMissingFilesIsAnIoError()
    {
        CliResult result = CliHarness.Run("build", "a.ai", "b.ai", "-o", "out");

        Assert.AreEqual(ExitCodes.IoError, result.ExitCode);
        Assert.Contains("a.ai(1,1): error FL0901: File not found", result.Error);
        Assert.Contains("b.ai(1,1): error FL0901: File not found", result.Error);
        Assert.IsFalse(Directory.Exists("out"), "nothing is written when the build fails");
    }

    [TestMethod]
    public void DisasmIlListsTheGeneratedMethods()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteText("p.ai", "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))");

        CliResult result = CliHarness.Run("disasm", path, "--il");

        Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
        Assert.Contains(".method object fib(Closure1, object)", result.Output);
        Assert.Contains(".method long fib$typed(long, nuint)", result.Output);
        Assert.Contains("add.ovf", result.Output);
    }

    [TestMethod]
    [DataRow(new string[0])]
    [DataRow(new[] { "frobnicate" })]
    [DataRow(new[] { "run" })]
    [DataRow(new[] { "run", "a.ai", "b.ai" })]
    [DataRow(new[] { "eval" })]
    [DataRow(new[] { "build", "a.ai" })]
    [DataRow(new[] { "parse", "--bogus", "a.ai" })]
    public void BadArgumentsAreUsageErrors(string[] args)
    {
        CliResult result = CliHarness.Run(args);

        Assert.AreEqual(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith("fluentc: ", result.Error);
        Assert.Contains("--help' for usage.", result.Error);
    }

    [TestMethod]
    public void UnexpectedExceptionsBecomeInternalErrorsWithoutStackTrace()
    {
        using var error = new StringWriter();

        int code = Program.Run(["--version"], TextReader.Null, new ThrowingWriter(), error);

        Assert.AreEqual(ExitCodes.InternalError, code);
        Assert.AreEqual("fluentc: internal error: output exploded", error.ToString().TrimEnd());
    }

    [TestMethod]
    public void StandardOutputIsFlushedOnExit()
    {
        using var stream = new MemoryStream();
        using var stdout = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 4096, leaveOpen: true) { AutoFlush = false };

        int code = Program.Run(["--version"], TextReader.Null, stdout, TextWriter.Null);

        Assert.AreEqual(ExitCodes.Success, code);
        Assert.AreEqual("0.1.0", Encoding.UTF8.GetString(stream.ToArray()).Trim());
    }

    [TestMethod]
    public void ErrorsAreWrittenAfterFlushingOutput()
    {
        var log = new List<string>();
        using var stdout = new RecordingWriter("out", log);
        using var stderr = new RecordingWriter("err", log);

        int code = Program.Run(["build", "a.ai", "-o", "x"], TextReader.Null, stdout, stderr);

        Assert.AreEqual(ExitCodes.IoError, code);
        int firstError = log.IndexOf("err:write");
        Assert.IsGreaterThan(0, firstError);
        Assert.AreEqual("out:flush", log[firstError - 1]);
    }

    private sealed class ThrowingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("output exploded");

        public override void Write(string? value) => throw new InvalidOperationException("output exploded");
    }

    private sealed class RecordingWriter(string name, List<string> log) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Record("write");

        public override void Write(string? value) => Record("write");

        public override void Flush() => Record("flush");

        private void Record(string what)
        {
            lock (log)
            {
                log.Add($"{name}:{what}");
            }
        }
    }
}
