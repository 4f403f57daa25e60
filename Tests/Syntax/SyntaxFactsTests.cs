using FluentAI.Compiler.Syntax;

namespace FluentAI.Tests.Syntax;

[TestClass]
public sealed class SyntaxFactsTests
{
    [TestMethod]
    [DataRow("(+ 1", true)]
    [DataRow("[1 (2", true)]
    [DataRow("(io:print \"abc", true)]
    [DataRow("\"line one\n", true)]
    [DataRow("(define (f x)\n  (+ x 1)", true)]
    [DataRow("(+ 1 2)", false)]
    [DataRow("", false)]
    [DataRow("42", false)]
    [DataRow("(+ 1 2))", false)]
    [DataRow(")(", false)]
    [DataRow("(f \"(\")", false)]
    [DataRow("(f ; (\n)", false)]
    [DataRow("(f 12abc", true)]
    public void IsIncompleteSubmission(string text, bool expected) =>
        Assert.AreEqual(expected, SyntaxFacts.IsIncompleteSubmission(text));

    [TestMethod]
    [DataRow("lambda", Keyword.Lambda)]
    [DataRow("spec:contract", Keyword.Contract)]
    [DataRow(":", Keyword.Ascription)]
    [DataRow("letrec", Keyword.Letrec)]
    [DataRow("lambdas", Keyword.None)]
    [DataRow("If", Keyword.None)]
    public void GetKeyword_RecognizesSpecialForms(string text, Keyword expected)
    {
        Assert.AreEqual(expected, SyntaxFacts.GetKeyword(text));
        if (expected != Keyword.None)
        {
            Assert.AreEqual(text, SyntaxFacts.GetText(expected));
        }
    }
}
