using FluentAI.Compiler.Syntax;
using static FluentAI.Tests.Syntax.SyntaxAssert;

namespace FluentAI.Tests.Syntax;

[TestClass]
public sealed class ParserPatternTests
{
    [TestMethod]
    public void Underscore_IsWildcard() => Assert.IsInstanceOfType<WildcardPatternSyntax>(ParsePattern("_"));

    [TestMethod]
    public void LowercaseSymbol_IsVariable() => Assert.AreEqual("xs", As<VariablePatternSyntax>(ParsePattern("xs")).Name);

    [TestMethod]
    [DataRow("42", 42L)]
    [DataRow("-1", -1L)]
    [DataRow("2.5", 2.5)]
    [DataRow("\"s\"", "s")]
    [DataRow("#t", true)]
    [DataRow("true", true)]
    [DataRow("#f", false)]
    [DataRow("false", false)]
    public void Literal_IsLiteralPattern(string text, object expected) =>
        Assert.AreEqual(expected, As<LiteralPatternSyntax>(ParsePattern(text)).Value);

    [TestMethod]
    public void BareUppercase_IsNullaryConstructor()
    {
        var ctor = As<ConstructorPatternSyntax>(ParsePattern("None"));
        Assert.AreEqual("None", ctor.Name);
        Assert.AreEqual(0, ctor.Arguments.Length);
    }

    [TestMethod]
    public void ParenthesizedConstructor_HasArgumentPatterns()
    {
        var ctor = As<ConstructorPatternSyntax>(ParsePattern("(Node left (Leaf) 3)"));
        Assert.AreEqual("Node", ctor.Name);
        Assert.AreEqual(3, ctor.Arguments.Length);
        Assert.AreEqual("Leaf", As<ConstructorPatternSyntax>(ctor.Arguments[1]).Name);
    }

    [TestMethod]
    [DataRow("(x)", typeof(VariablePatternSyntax))]
    [DataRow("(_)", typeof(WildcardPatternSyntax))]
    [DataRow("(5)", typeof(LiteralPatternSyntax))]
    [DataRow("([a])", typeof(ListPatternSyntax))]
    public void SingleParenthesized_IsSameAsInner(string text, Type expected) =>
        Assert.IsInstanceOfType(ParsePattern(text), expected);

    [TestMethod]
    public void ListPattern_ExactLength()
    {
        var list = As<ListPatternSyntax>(ParsePattern("[a b 3]"));
        Assert.AreEqual(3, list.Items.Length);
        Assert.IsNull(list.Rest);
        Assert.AreEqual(0, As<ListPatternSyntax>(ParsePattern("[]")).Items.Length);
    }

    [TestMethod]
    public void ListPattern_CommasAreAllowed()
    {
        var list = As<ListPatternSyntax>(ParsePattern("[a, b, c]"));
        Assert.AreEqual(3, list.Items.Length);
    }

    [TestMethod]
    [DataRow("[a ... rest]")]
    [DataRow("[a ...rest]")]
    [DataRow("[a, ... rest]")]
    public void ListPattern_RestForms(string text)
    {
        var list = As<ListPatternSyntax>(ParsePattern(text));
        Assert.AreEqual(1, list.Items.Length);
        Assert.AreEqual("rest", As<VariablePatternSyntax>(list.Rest).Name);
    }

    [TestMethod]
    public void ListPattern_RestOnly()
    {
        var list = As<ListPatternSyntax>(ParsePattern("[... all]"));
        Assert.AreEqual(0, list.Items.Length);
        Assert.IsNotNull(list.Rest);
    }

    [TestMethod]
    public void NestedPatterns()
    {
        var list = As<ListPatternSyntax>(ParsePattern("[(P a b) ... rest]"));
        Assert.AreEqual("P", As<ConstructorPatternSyntax>(list.Items[0]).Name);
    }
}
