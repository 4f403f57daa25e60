using FluentAI.Cli;

namespace FluentAI.Tests.Cli;

[TestClass]
public sealed class SourceFileTests
{
    [TestMethod]
    [DataRow("run")]
    [DataRow("parse")]
    [DataRow("disasm")]
    public void MissingFileIsAnIoErrorWithFL0901(string command)
    {
        using var scratch = CliHarness.CreateScratch();
        string path = Path.Combine(scratch.Path, "missing.ai");

        CliResult result = CliHarness.Run(command, path);

        Assert.AreEqual(ExitCodes.IoError, result.ExitCode);
        Assert.AreEqual($"{path}(1,1): error FL0901: File not found", result.Error.TrimEnd());
        Assert.AreEqual(string.Empty, result.Output);
    }

    [TestMethod]
    [DataRow("run")]
    [DataRow("parse")]
    [DataRow("disasm")]
    public void DirectoryIsAnIoErrorWithFL0903(string command)
    {
        using var scratch = CliHarness.CreateScratch();

        CliResult result = CliHarness.Run(command, scratch.Path);

        Assert.AreEqual(ExitCodes.IoError, result.ExitCode);
        Assert.AreEqual($"{scratch.Path}(1,1): error FL0903: Cannot read file: it is a directory", result.Error.TrimEnd());
    }

    [TestMethod]
    [DataRow("run")]
    [DataRow("parse")]
    [DataRow("disasm")]
    public void InvalidUtf8IsAnIoErrorWithFL0902(string command)
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteBytes("bad.ai", [0x28, 0x2B, 0x20, 0xC3, 0x28, 0xFF, 0xFE, 0x29]);

        CliResult result = CliHarness.Run(command, path);

        Assert.AreEqual(ExitCodes.IoError, result.ExitCode);
        Assert.AreEqual($"{path}(1,1): error FL0902: File is not valid UTF-8", result.Error.TrimEnd());
    }

    [TestMethod]
    public void NulBytesAreRejectedAsBinary()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteBytes("binary.ai", [0x28, 0x2B, 0x00, 0x31, 0x29]);

        CliResult result = CliHarness.Run("run", path);

        Assert.AreEqual(ExitCodes.IoError, result.ExitCode);
        Assert.Contains($"{path}(1,1): error FL0902:", result.Error);
        Assert.Contains("binary", result.Error);
    }

    [TestMethod]
    public void ErrorsNeverShowADotNetStackTrace()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteBytes("bad.ai", [0xFF]);

        CliResult result = CliHarness.Run("run", path);

        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
    }

    [TestMethod]
    public void LoaderDecodesUtf8AndSkipsTheByteOrderMark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "(print \"héllo ✓\")"u8];

        LoadResult result = SourceLoader.Decode(bytes, "x.ai");

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual("(print \"héllo ✓\")", result.Source!.Text);
        Assert.AreEqual("x.ai", result.Source.Path);
        Assert.IsNull(result.Error);
    }

    [TestMethod]
    public void LoaderAcceptsAnEmptyFile()
    {
        using var scratch = CliHarness.CreateScratch();
        string path = scratch.WriteBytes("empty.ai", []);

        LoadResult result = SourceLoader.Load(path);

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(string.Empty, result.Source!.Text);
    }

    [TestMethod]
    public void LoaderRejectsATruncatedMultiByteSequence()
    {
        LoadResult result = SourceLoader.Decode([0x61, 0xE2, 0x9C], "t.ai");

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual("t.ai(1,1): error FL0902: File is not valid UTF-8", result.Error!.ToString());
    }
}
