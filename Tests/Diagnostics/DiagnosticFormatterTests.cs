using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Diagnostics;

[TestClass]
public sealed class DiagnosticFormatterTests
{
    [TestMethod]
    public void Format_IsPathLineColumnSeverityIdMessage()
    {
        var source = new SourceText("(a)\n  (b", "dir/file.ai");
        var diagnostic = new Diagnostic(DiagnosticCode.ExpectedClosingParenthesis, DiagnosticSeverity.Error, source, new TextSpan(6, 1), "Expected closing parenthesis");
        Assert.AreEqual("dir/file.ai(2,3): error FL0102: Expected closing parenthesis", DiagnosticFormatter.Format(diagnostic));
        Assert.AreEqual(diagnostic.ToString(), DiagnosticFormatter.Format(diagnostic));
    }

    [TestMethod]
    public void Format_Warning()
    {
        var source = new SourceText("x");
        var diagnostic = new Diagnostic(DiagnosticCode.InvalidNumber, DiagnosticSeverity.Warning, source, new TextSpan(0, 1), "m");
        Assert.AreEqual("<input>(1,1): warning FL0001: m", diagnostic.ToString());
    }

    [TestMethod]
    [DataRow(DiagnosticCode.InvalidNumber, "FL0001")]
    [DataRow(DiagnosticCode.UnexpectedToken, "FL0101")]
    [DataRow(DiagnosticCode.CircularImport, "FL0303")]
    [DataRow(DiagnosticCode.CannotReadFile, "FL0903")]
    public void Id_IsFourDigits(DiagnosticCode code, string expected) =>
        Assert.AreEqual(expected, DiagnosticCodes.Format(code));

    [TestMethod]
    public void Location_AtEndOfText_IsPastLastCharacter()
    {
        var source = new SourceText("ab\ncd");
        Assert.AreEqual(new SourceLocation(2, 3), source.GetLocation(5));
        Assert.AreEqual(new SourceLocation(2, 1), source.GetLocation(3));
    }

    [TestMethod]
    public void DiagnosticBag_CollectsAndReportsErrors()
    {
        var bag = new DiagnosticBag();
        Assert.IsFalse(bag.HasErrors);
        bag.Report(DiagnosticCode.FileNotFound, new SourceText("", "x.ai"), default, "File not found: x.ai");
        Assert.IsTrue(bag.HasErrors);
        Assert.AreEqual("x.ai(1,1): error FL0901: File not found: x.ai", bag.Items[0].ToString());
    }
}
