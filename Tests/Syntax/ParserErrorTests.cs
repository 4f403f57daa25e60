using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Syntax;
using static FluentAI.Tests.Syntax.SyntaxAssert;

namespace FluentAI.Tests.Syntax;

[TestClass]
public sealed class ParserErrorTests
{
    [TestMethod]
    [DataRow("(+ 1 2))", "t.ai(1,8): error FL0101: Unexpected token ')'")]
    [DataRow("]", "t.ai(1,1): error FL0101: Unexpected token ']'")]
    [DataRow("(if #t 1)", "t.ai(1,9): error FL0101: Unexpected token ')' in if")]
    [DataRow("(if c t e x)", "t.ai(1,11): error FL0101: Unexpected token 'x' in if")]
    [DataRow("(f ,)", "t.ai(1,4): error FL0101: Unexpected token ','")]
    [DataRow("(+ 1 2", "t.ai(1,1): error FL0102: Expected closing parenthesis")]
    [DataRow("(io:print \"x\")\n(+ 1\n", "t.ai(2,1): error FL0102: Expected closing parenthesis")]
    [DataRow("(+ 1 2]", "t.ai(1,7): error FL0102: Expected closing parenthesis")]
    [DataRow("[1 2", "t.ai(1,1): error FL0103: Expected closing bracket")]
    [DataRow("(", "t.ai(1,1): error FL0102: Expected closing parenthesis")]
    [DataRow("(f (", "t.ai(1,4): error FL0102: Expected closing parenthesis")]
    [DataRow("[(]", "t.ai(1,3): error FL0102: Expected closing parenthesis before ']'")]
    [DataRow("(match x ((", "t.ai(1,11): error FL0102: Expected closing parenthesis")]
    [DataRow("(match x ([a (", "t.ai(1,14): error FL0102: Expected closing parenthesis")]
    [DataRow("(: 1 (List", "t.ai(1,6): error FL0102: Expected closing parenthesis")]
    [DataRow("[1 2)", "t.ai(1,5): error FL0103: Expected closing bracket")]
    [DataRow("(f [1 2)", "t.ai(1,8): error FL0103: Expected closing bracket before ')'")]
    [DataRow("[1 (f 2]", "t.ai(1,8): error FL0102: Expected closing parenthesis before ']'")]
    [DataRow("(define (f x)\n  (g [x (h x)\n))", "t.ai(3,1): error FL0103: Expected closing bracket before ')'")]
    [DataRow("(match 1 (#x 1))", "t.ai(1,11): error FL0104: Invalid pattern '#x'")]
    [DataRow("(match 1\n  ((f a b) 1))", "t.ai(2,7): error FL0104: Invalid pattern 'a'")]
    [DataRow("(match 1 ([a ... r s] 1))", "t.ai(1,20): error FL0104: Invalid pattern 's'")]
    [DataRow("(match 1 (+x 1))", "t.ai(1,11): error FL0104: Invalid pattern '+x'")]
    [DataRow("(io:print \"never closed)", "t.ai(1,11): error FL0002: Unterminated string")]
    [DataRow("(+ 12abc 1)", "t.ai(1,4): error FL0001: Invalid number '12abc'")]
    [DataRow("(lambda x x)", "t.ai(1,9): error FL0105: Unexpected token 'x' in lambda: expected a parameter list")]
    [DataRow("(let x 1)", "t.ai(1,6): error FL0105: Unexpected token 'x' in let: expected a binding list")]
    [DataRow("(let ((x 1)))", "t.ai(1,13): error FL0101: Unexpected token ')' in let: expected a body expression")]
    [DataRow("(define)", "t.ai(1,8): error FL0101: Unexpected token ')' in define")]
    [DataRow("(import \"p\" 5)", "t.ai(1,13): error FL0105: Unexpected token '5' in import")]
    [DataRow("(spec:contract f :when [x])", "t.ai(1,18): error FL0105: Unexpected token ':when' in spec:contract")]
    [DataRow("(: 5)", "t.ai(1,5): error FL0101: Unexpected token ')' in :")]
    public void Error_HasPhraseCodeAndPosition(string text, string expectedPrefix)
    {
        string formatted = SingleError(text);
        Assert.IsTrue(formatted.StartsWith(expectedPrefix, StringComparison.Ordinal), formatted);
    }

    [TestMethod]
    public void TwoIndependentErrors_AreBothReported()
    {
        SyntaxTree tree = SyntaxTree.Parse("(+ 12abc 1)\n(if #t 1)\n(match 1 (#x 1))\n)", "t.ai");
        CollectionAssert.AreEqual(
            new[] { DiagnosticCode.InvalidNumber, DiagnosticCode.UnexpectedToken, DiagnosticCode.InvalidPattern, DiagnosticCode.UnexpectedToken },
            tree.Diagnostics.Select(d => d.Code).ToArray(),
            string.Join(Environment.NewLine, tree.Diagnostics));
        CollectionAssert.AreEqual(new[] { 1, 2, 3, 4 }, tree.Diagnostics.Select(d => d.Location.Line).ToArray());
        Assert.AreEqual(3, tree.Root.Forms.Length);
    }

    [TestMethod]
    public void InvalidNumberInsideForm_DoesNotCascade()
    {
        SyntaxTree tree = SyntaxTree.Parse("(define x (+ 1.5.2 (f 1e)))\n(g 1)");
        Assert.AreEqual(2, tree.Diagnostics.Count);
        Assert.IsTrue(tree.Diagnostics.All(d => d.Code == DiagnosticCode.InvalidNumber));
        Assert.AreEqual(2, tree.Root.Forms.Length);
        var call = As<CallSyntax>(As<DefineSyntax>(tree.Root.Forms[0]).Value);
        Assert.IsInstanceOfType<ErrorExprSyntax>(call.Arguments[0]);
    }

    [TestMethod]
    public void StrayCloseAtTopLevel_IsOneErrorAndParsingContinues()
    {
        SyntaxTree tree = SyntaxTree.Parse("(a)) (b) ) (c)");
        Assert.AreEqual(2, tree.Diagnostics.Count);
        Assert.AreEqual(3, tree.Root.Forms.Length);
    }

    [TestMethod]
    public void UnterminatedString_DoesNotAlsoReportUnclosedParens()
    {
        SyntaxTree tree = SyntaxTree.Parse("(io:print (f \"this string starts here\nand is never closed)");
        Assert.AreEqual(1, tree.Diagnostics.Count);
        Assert.AreEqual(DiagnosticCode.UnterminatedString, tree.Diagnostics[0].Code);
    }

    [TestMethod]
    public void SeveralUnclosedParens_AreOneError()
    {
        SyntaxTree tree = SyntaxTree.Parse("(define (f x)\n  (let ((y 1))\n    (+ x y");
        Assert.AreEqual(1, tree.Diagnostics.Count);
        Assert.AreEqual(DiagnosticCode.ExpectedClosingParenthesis, tree.Diagnostics[0].Code);
    }

    [TestMethod]
    public void MalformedForm_IsOneErrorAndLeavesNeighboursIntact()
    {
        SyntaxTree tree = SyntaxTree.Parse("(if)\n(define (f x) x)");
        Assert.AreEqual(1, tree.Diagnostics.Count);
        Assert.IsInstanceOfType<DefineSyntax>(tree.Root.Forms[1]);
    }

    [TestMethod]
    public void NestingOf100000Parens_IsOneNestingTooDeep()
    {
        string text = new string('(', 100_000) + new string(')', 100_000);
        SyntaxTree tree = SyntaxTree.Parse(text);
        Assert.AreEqual(1, tree.Diagnostics.Count, string.Join(Environment.NewLine, tree.Diagnostics.Take(3)));
        Assert.AreEqual(DiagnosticCode.NestingTooDeep, tree.Diagnostics[0].Code);
        StringAssert.Contains(tree.Diagnostics[0].Message, "Nesting too deep");
    }

    [TestMethod]
    public void NestingOf100000UnclosedParens_IsNestingTooDeepWithoutCascade()
    {
        SyntaxTree tree = SyntaxTree.Parse(new string('[', 100_000));
        Assert.AreEqual(DiagnosticCode.NestingTooDeep, tree.Diagnostics[0].Code);
        Assert.IsTrue(tree.Diagnostics.Count <= 2, string.Join(Environment.NewLine, tree.Diagnostics.Take(3)));
    }

    [TestMethod]
    public void DeepPatternsAndTypes_AreGuardedToo()
    {
        SyntaxTree patterns = SyntaxTree.Parse("(match 1 (" + new string('[', 50_000) + new string(']', 50_000) + " 1))");
        Assert.AreEqual(DiagnosticCode.NestingTooDeep, patterns.Diagnostics.Single().Code);
        SyntaxTree types = SyntaxTree.Parse("(: 1 " + string.Concat(Enumerable.Repeat("(List ", 50_000)) + new string(')', 50_000) + ")");
        Assert.AreEqual(DiagnosticCode.NestingTooDeep, types.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void NestingJustUnderTheLimit_Parses()
    {
        int depth = 500;
        SyntaxTree tree = SyntaxTree.Parse(string.Concat(Enumerable.Repeat("(f ", depth)) + new string(')', depth));
        Assert.AreEqual(0, tree.Diagnostics.Count);
    }

    [TestMethod]
    public void DeeplyNestedLets_ParseWithinTheLimit()
    {
        int depth = 900;
        string text = string.Concat(Enumerable.Repeat("(let ((x ", depth)) + "1" + string.Concat(Enumerable.Repeat(")) x)", depth));
        SyntaxTree tree = SyntaxTree.Parse(text);
        Assert.AreEqual(0, tree.Diagnostics.Count, string.Join(Environment.NewLine, tree.Diagnostics.Take(3)));
    }

    [TestMethod]
    public void SmallThreadStack_GivesNestingTooDeepInsteadOfStackOverflow()
    {
        string text = string.Concat(Enumerable.Repeat("(let ((x ", 990)) + "1" + string.Concat(Enumerable.Repeat(")) x)", 990));
        SyntaxTree? tree = null;
        var thread = new Thread(() => tree = SyntaxTree.Parse(text), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.IsNotNull(tree);
        Assert.AreEqual(DiagnosticCode.NestingTooDeep, tree.Diagnostics.Single().Code);
    }
}
