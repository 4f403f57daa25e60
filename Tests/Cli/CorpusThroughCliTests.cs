using FluentAI.Cli;

namespace FluentAI.Tests.Cli;

/// <summary>
/// The differential test: every conformance program through <c>fluentc run</c> in process on each
/// engine (the VM, IL in DynamicMethods, and Tiered with a threshold of 2 calls so hot functions move
/// to IL mid-run). Each must match the expectation (exact stdout for .out; exit code and message for
/// .err), and the IL engines must agree with the VM on output, exit code and the error line.
/// </summary>
[TestClass]
[TestCategory("NeedsEngine")]
public sealed class CorpusThroughCliTests
{
    /// <summary>Programs an engine may skip, with the reason. Empty: every engine runs every program.</summary>
    private static readonly Dictionary<(string Engine, string Program), string> SkipList = [];

    private static readonly Dictionary<string, string[]> EngineArguments = new()
    {
        ["vm"] = ["--engine", "vm"],
        ["dynamic"] = ["--engine", "dynamic"],
        ["tiered"] = ["--engine", "tiered", "--tier-threshold", "2"],
    };

    public static IEnumerable<object[]> Programs =>
        from path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.ai").Order(StringComparer.Ordinal)
        from engine in EngineArguments.Keys
        select new object[] { Path.GetFileName(path), engine };

    [TestMethod]
    [DynamicData(nameof(Programs))]
    public void RunMatchesTheExpectationAndTheVm(string fileName, string engine)
    {
        if (SkipList.TryGetValue((engine, fileName), out string? reason))
        {
            Assert.Inconclusive($"skipped on {engine}: {reason}");
        }

        string path = Path.Combine(AppContext.BaseDirectory, "corpus", fileName);
        string expectedOut = Path.ChangeExtension(path, ".out");
        string expectedErr = Path.ChangeExtension(path, ".err");

        CliResult result = CliHarness.Run(["run", path, .. EngineArguments[engine]]);

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

        if (engine != "vm")
        {
            CliResult oracle = CliHarness.Run(["run", path, .. EngineArguments["vm"]]);
            Assert.AreEqual(oracle.ExitCode, result.ExitCode, "exit code differs from the VM");
            Assert.AreEqual(oracle.Output.ReplaceLineEndings("\n"), result.Output.ReplaceLineEndings("\n"), "output differs from the VM");
            Assert.AreEqual(FirstLine(oracle.Error), FirstLine(result.Error), "error line differs from the VM");
        }
    }

    private static string FirstLine(string text) => text.ReplaceLineEndings("\n").Split('\n')[0];
}
