using FluentAI.Compiler.Syntax;

namespace FluentAI.Tests.Syntax;

/// <summary>Helpers shared by the syntax tests.</summary>
internal static class SyntaxAssert
{
    public static T As<T>(object? value)
    {
        Assert.IsInstanceOfType(value, typeof(T));
        return (T)value!;
    }

    /// <summary>Parses text that must be one form without diagnostics.</summary>
    public static ExprSyntax ParseSingle(string text)
    {
        SyntaxTree tree = SyntaxTree.Parse(text);
        Assert.AreEqual(0, tree.Diagnostics.Count, string.Join(Environment.NewLine, tree.Diagnostics));
        Assert.AreEqual(1, tree.Root.Forms.Length);
        return tree.Root.Forms[0];
    }

    public static T ParseSingle<T>(string text)
        where T : ExprSyntax => As<T>(ParseSingle(text));

    /// <summary>Parses text expected to have exactly one diagnostic and returns it formatted.</summary>
    public static string SingleError(string text)
    {
        SyntaxTree tree = SyntaxTree.Parse(text, "t.ai");
        Assert.AreEqual(1, tree.Diagnostics.Count, string.Join(Environment.NewLine, tree.Diagnostics));
        return tree.Diagnostics[0].ToString();
    }

    public static PatternSyntax ParsePattern(string pattern)
    {
        MatchSyntax match = ParseSingle<MatchSyntax>($"(match x ({pattern} 0))");
        return match.Clauses[0].Pattern;
    }
}
