using System.Reflection;
using System.Text.RegularExpressions;
using FluentAI.Cli;

namespace FluentAI.Tests.Cli;

[TestClass]
public sealed partial class ExitCodeTests
{
    [TestMethod]
    public void DocsTableMatchesExitCodes()
    {
        string docs = File.ReadAllText(Path.Combine(CliHarness.RepositoryRoot(), "docs", "cli.md"));
        var documented = ExitCodeRow().Matches(docs)
            .ToDictionary(m => m.Groups["name"].Value, m => int.Parse(m.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture));

        var defined = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (int)f.GetRawConstantValue()!);

        Assert.HasCount(6, defined);
        CollectionAssert.AreEquivalent(defined.ToList(), documented.ToList());
    }

    [TestMethod]
    public void ExitCodesAreTheAgreedValuesAndDistinct()
    {
        Assert.AreEqual(0, ExitCodes.Success);
        Assert.AreEqual(1, ExitCodes.RuntimeError);
        Assert.AreEqual(2, ExitCodes.UsageError);
        Assert.AreEqual(3, ExitCodes.CompileError);
        Assert.AreEqual(4, ExitCodes.IoError);
        Assert.AreEqual(70, ExitCodes.InternalError);
    }

    [GeneratedRegex(@"^\| (?<code>\d+) \| (?<name>[A-Za-z]+) \|", RegexOptions.Multiline)]
    private static partial Regex ExitCodeRow();
}
