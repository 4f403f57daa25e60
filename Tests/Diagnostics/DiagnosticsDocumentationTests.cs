using System.Text.RegularExpressions;
using FluentAI.Compiler.Diagnostics;

namespace FluentAI.Tests.Diagnostics;

/// <summary>docs/diagnostics.md lists exactly the codes of <see cref="DiagnosticCode"/>, with matching names.</summary>
[TestClass]
public sealed partial class DiagnosticsDocumentationTests
{
    [TestMethod]
    public void Documentation_ListsEveryCodeExactlyOnce()
    {
        string doc = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "docs", "diagnostics.md"));
        var documented = new List<(string Id, string Name)>();
        foreach (Match m in TableRow().Matches(doc))
        {
            documented.Add((m.Groups["id"].Value, m.Groups["name"].Value));
        }

        string[] expected = [.. Enum.GetValues<DiagnosticCode>().Select(c => $"{DiagnosticCodes.Format(c)} {c}").Order(StringComparer.Ordinal)];
        string[] actual = [.. documented.Select(d => $"{d.Id} {d.Name}").Order(StringComparer.Ordinal)];
        CollectionAssert.AreEqual(expected, actual, $"documented: {string.Join(", ", actual)}");
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FluentAI.Compiler.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FluentAI.Compiler.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\|\s*(?<id>FL\d{4})\s*\|\s*`?(?<name>\w+)`?\s*\|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
