using FluentAI.Cli;

namespace FluentAI.Tests.Cli;

/// <summary>Every conformance program through <c>fluentc run</c> in process: exact stdout for .out, exit code and message for .err.</summary>
[TestClass]
[TestCategory("NeedsEngine")]
public sealed class CorpusThroughCliTests
{
    public static IEnumerable<object[]> Programs =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.ai")
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(path) });

    [TestMethod]
    [DynamicData(nameof(Programs))]
    public void RunMatchesTheExpectation(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "corpus", fileName);
        string expectedOut = Path.ChangeExtension(path, ".out");
        string expectedErr = Path.ChangeExtension(path, ".err");

        CliResult result = CliHarness.Run("run", path);

        if (File.Exists(expectedOut))
        {
            Assert.AreEqual(ExitCodes.Success, result.ExitCode, result.Error);
            Assert.AreEqual(File.ReadAllText(expectedOut).ReplaceLineEndings("\n"), result.Output.ReplaceLineEndings("\n"));
        }
        else
        {
            Assert.IsTrue(File.Exists(expectedErr), $"{fileName} has neither .out nor .err");
            Assert.AreNotEqual(ExitCodes.Success, result.ExitCode);
            Assert.AreNotEqual(ExitCodes.InternalError, result.ExitCode, result.Error);
            Assert.Contains(File.ReadAllText(expectedErr).Trim(), result.Error, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("   at FluentAI.", result.Error);
        }
    }
}
