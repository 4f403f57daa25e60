using System.Runtime.CompilerServices;
using FluentAI.Compiler.Hosting;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Emit;

/// <summary>
/// Compares the IL listing of a program (<see cref="FluentEngine.DisassembleIL"/>, the Dynamic backend) with a golden file under
/// Tests/Emit/Golden. The program's path is fixed ("golden.ai") so positions in the listing are stable. To accept a change on
/// purpose, run the tests with FLUENTC_UPDATE_GOLDEN=1: the golden files in the source tree are rewritten.
/// </summary>
internal static class GoldenListing
{
    public const string SourcePath = "golden.ai";

    public static string Of(string source) => Normalize(FluentEngine.DisassembleIL(new SourceText(source, SourcePath)));

    /// <summary>Asserts the listing of <paramref name="source"/> equals Golden/<paramref name="name"/>.il; returns it.</summary>
    public static string AssertMatches(string name, string source, [CallerFilePath] string callerFile = "")
    {
        string actual = Of(source);
        AssertText(name, actual, $"Program: {source}", callerFile);
        return actual;
    }

    /// <summary>
    /// Asserts <paramref name="actual"/> equals Golden/<paramref name="name"/>.il beside the calling test's source file
    /// (its copy in the test output, under the same folder); <paramref name="what"/> says what the text is of.
    /// </summary>
    public static void AssertText(string name, string actual, string what, [CallerFilePath] string callerFile = "")
    {
        actual = Normalize(actual);
        string folder = Path.GetDirectoryName(callerFile)!;
        if (Environment.GetEnvironmentVariable("FLUENTC_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(folder, "Golden", name + ".il"), actual + "\n");
            return;
        }

        string relative = Path.Combine(Path.GetFileName(folder), "Golden", name + ".il");
        string goldenPath = Path.Combine(AppContext.BaseDirectory, relative);
        Assert.IsTrue(File.Exists(goldenPath), $"missing golden file {goldenPath}; the actual listing is:\n{actual}");
        string expected = Normalize(File.ReadAllText(goldenPath));
        if (expected != actual)
        {
            Assert.Fail($"""
                The IL listing of {name} differs from {relative.Replace('\\', '/')} {FirstDifference(expected, actual)}.
                If the change is intended, rerun with FLUENTC_UPDATE_GOLDEN=1 to rewrite the golden file.
                {what}
                Actual listing:
                {actual}
                """);
        }
    }

    /// <summary>The listing of one generated method: from its <c>.method</c> line to the blank line after it.</summary>
    public static string Method(string listing, string name)
    {
        string[] methods = listing.Split("\n\n");
        string? method = methods.SingleOrDefault(m => m.Contains($" {name}(", StringComparison.Ordinal) && m.StartsWith(".method ", StringComparison.Ordinal)
            && m[..m.IndexOf('\n', StringComparison.Ordinal)].Contains($" {name}(", StringComparison.Ordinal));
        Assert.IsNotNull(method, $"no method {name} in the listing:\n{listing}");
        return method;
    }

    private static string Normalize(string listing) => listing.ReplaceLineEndings("\n").TrimEnd('\n');

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string? left = i < e.Length ? e[i] : null;
            string? right = i < a.Length ? a[i] : null;
            if (left != right)
            {
                return $"at line {i + 1}: expected \"{left ?? "<end>"}\", actual \"{right ?? "<end>"}\"";
            }
        }

        return "";
    }
}
