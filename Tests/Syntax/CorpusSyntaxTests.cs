using FluentAI.Compiler.Syntax;

namespace FluentAI.Tests.Syntax;

/// <summary>Every corpus program parses as its expectation says: one test per file.</summary>
[TestClass]
public sealed class CorpusSyntaxTests
{
    private static readonly string[] s_syntaxPhrases =
        ["Unexpected token", "Expected closing", "Invalid pattern", "Unterminated string", "Invalid number"];

    private static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "corpus");

    public static IEnumerable<object[]> CleanFiles =>
        Directory.EnumerateFiles(CorpusDirectory, "*.ai", SearchOption.AllDirectories)
            .Where(f => File.Exists(Path.ChangeExtension(f, ".out")) || IsModule(f) || IsRuntimeError(f))
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(CorpusDirectory, f) });

    public static IEnumerable<object[]> SyntaxErrorFiles =>
        Directory.EnumerateFiles(CorpusDirectory, "*.err")
            .Where(f => ExpectedSyntaxPhrase(f) is not null)
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(CorpusDirectory, Path.ChangeExtension(f, ".ai")) });

    [TestMethod]
    [DynamicData(nameof(CleanFiles))]
    public void Program_ParsesWithoutDiagnostics(string file)
    {
        string path = Path.Combine(CorpusDirectory, file);
        SyntaxTree tree = SyntaxTree.Parse(File.ReadAllText(path), file);
        Assert.AreEqual(0, tree.Diagnostics.Count, string.Join(Environment.NewLine, tree.Diagnostics));
        Assert.IsTrue(tree.Root.Forms.Length > 0);
    }

    [TestMethod]
    [DynamicData(nameof(SyntaxErrorFiles))]
    public void SyntaxErrorProgram_ReportsExpectedPhrase(string file)
    {
        string path = Path.Combine(CorpusDirectory, file);
        string phrase = ExpectedSyntaxPhrase(Path.ChangeExtension(path, ".err"))!;
        SyntaxTree tree = SyntaxTree.Parse(File.ReadAllText(path), file);
        Assert.IsTrue(
            tree.Diagnostics.Any(d => d.Message.Contains(phrase, StringComparison.OrdinalIgnoreCase)),
            $"expected '{phrase}', got: {string.Join(Environment.NewLine, tree.Diagnostics)}");
    }

    [TestMethod]
    public void Corpus_HasFilesOfBothKinds()
    {
        Assert.IsTrue(CleanFiles.Count() > 100);
        Assert.IsTrue(SyntaxErrorFiles.Count() >= 8);
    }

    private static bool IsModule(string file) =>
        Path.GetFileName(Path.GetDirectoryName(file)) == "modules";

    /// <summary>A program whose expected error is not a syntax error must itself parse cleanly.</summary>
    private static bool IsRuntimeError(string file)
    {
        string err = Path.ChangeExtension(file, ".err");
        return File.Exists(err) && ExpectedSyntaxPhrase(err) is null;
    }

    private static string? ExpectedSyntaxPhrase(string errFile)
    {
        string expected = File.ReadAllText(errFile).Trim();
        return s_syntaxPhrases.Any(p => expected.Contains(p, StringComparison.OrdinalIgnoreCase)) ? expected : null;
    }
}
