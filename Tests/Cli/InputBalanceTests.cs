using FluentAI.Cli;

namespace FluentAI.Tests.Cli;

[TestClass]
public sealed class InputBalanceTests
{
    [TestMethod]
    [DataRow("")]
    [DataRow("42")]
    [DataRow("(+ 1 2)")]
    [DataRow("(define (f x)\n  [x (g x)])")]
    [DataRow("\"(\"")]
    [DataRow("(print \"a ) b\")")]
    [DataRow("(print \"say \\\"(hi\\\"\")")]
    [DataRow("(+ 1 2) ; (unclosed in a comment")]
    [DataRow("(+ 1 2))")]
    [DataRow(")(")]
    [DataRow("\"\\\\\"")]
    public void CompleteInput(string text) => Assert.IsTrue(InputBalance.IsComplete(text), text);

    [TestMethod]
    [DataRow("(")]
    [DataRow("(define (f x)")]
    [DataRow("[1 2 (3")]
    [DataRow("(print \"unterminated")]
    [DataRow("\"a string\nspanning lines")]
    [DataRow("(f ; comment )\n")]
    [DataRow("(print \"\\\")\"")]
    [DataRow("\"\\\"")]
    public void IncompleteInput(string text) => Assert.IsFalse(InputBalance.IsComplete(text), text);

    [TestMethod]
    public void CountsOpenBracketsOutsideStringsAndComments()
    {
        Assert.AreEqual(2, InputBalance.OpenBrackets("(a [b \"((\" ; ]]\n", out bool inString));
        Assert.IsFalse(inString);
        Assert.AreEqual(1, InputBalance.OpenBrackets("(a \"x", out inString));
        Assert.IsTrue(inString);
        Assert.AreEqual(-1, InputBalance.OpenBrackets("())(((", out _));
    }
}
