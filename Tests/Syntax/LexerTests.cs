using System.Numerics;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Syntax;

[TestClass]
public sealed class LexerTests
{
    private static List<SyntaxToken> Lex(string text, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var tokens = Lexer.Tokenize(new SourceText(text, "t.ai"), out diagnostics);
        Assert.AreEqual(SyntaxKind.EndOfFile, tokens[^1].Kind);
        return [.. tokens.Take(tokens.Length - 1)];
    }

    private static SyntaxToken LexOne(string text)
    {
        List<SyntaxToken> tokens = Lex(text, out var diagnostics);
        Assert.AreEqual(0, diagnostics.Count, string.Join(Environment.NewLine, diagnostics));
        Assert.AreEqual(1, tokens.Count);
        return tokens[0];
    }

    private static Diagnostic LexError(string text)
    {
        Lex(text, out var diagnostics);
        Assert.AreEqual(1, diagnostics.Count, string.Join(Environment.NewLine, diagnostics));
        return diagnostics[0];
    }

    [TestMethod]
    public void Delimiters_AreTokensWithSpans()
    {
        List<SyntaxToken> tokens = Lex("( ) [ ] ,", out _);
        CollectionAssert.AreEqual(
            new[] { SyntaxKind.OpenParen, SyntaxKind.CloseParen, SyntaxKind.OpenBracket, SyntaxKind.CloseBracket, SyntaxKind.Comma },
            tokens.Select(t => t.Kind).ToArray());
        CollectionAssert.AreEqual(new[] { 0, 2, 4, 6, 8 }, tokens.Select(t => t.Span.Start).ToArray());
        Assert.IsTrue(tokens.All(t => t.Span.Length == 1));
    }

    [TestMethod]
    public void EmptyText_IsOnlyEndOfFile()
    {
        Assert.AreEqual(0, Lex("", out var diagnostics).Count);
        Assert.AreEqual(0, diagnostics.Count);
    }

    [TestMethod]
    [DataRow("42", 42L)]
    [DataRow("007", 7L)]
    [DataRow("-0", 0L)]
    [DataRow("-17", -17L)]
    [DataRow("9223372036854775807", long.MaxValue)]
    [DataRow("-9223372036854775808", long.MinValue)]
    [DataRow("999999999999999999", 999999999999999999L)]
    [DataRow("-999999999999999999", -999999999999999999L)]
    [DataRow("1000000000000000000", 1000000000000000000L)]
    [DataRow("0000000000000000000000042", 42L)]
    public void Integer_FitsInLong(string text, long expected)
    {
        SyntaxToken token = LexOne(text);
        Assert.AreEqual(SyntaxKind.Integer, token.Kind);
        Assert.AreEqual(expected, token.Value);
    }

    [TestMethod]
    [DataRow("9223372036854775808")]
    [DataRow("-9223372036854775809")]
    [DataRow("9999999999800000000001")]
    [DataRow("123456789012345678901234567890123456789")]
    public void Integer_TooBigForLong_IsBigInteger(string text)
    {
        SyntaxToken token = LexOne(text);
        Assert.AreEqual(SyntaxKind.Integer, token.Kind);
        Assert.AreEqual(BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture), token.Value);
    }

    [TestMethod]
    [DataRow("1.", 1.0)]
    [DataRow("1.5", 1.5)]
    [DataRow("1e3", 1000.0)]
    [DataRow("1E3", 1000.0)]
    [DataRow("-2.5e-3", -0.0025)]
    [DataRow("2.5e+2", 250.0)]
    [DataRow("1.e2", 100.0)]
    [DataRow("0.1", 0.1)]
    public void Float_ParsesWithInvariantCulture(string text, double expected)
    {
        SyntaxToken token = LexOne(text);
        Assert.AreEqual(SyntaxKind.Float, token.Kind);
        Assert.AreEqual(expected, token.Value);
    }

    [TestMethod]
    public void Float_WithTrailingDot_IsOnePointZero()
    {
        SyntaxToken token = LexOne("1.");
        Assert.AreEqual(1.0, (double)token.Value!);
    }

    [TestMethod]
    public void Float_NegativeZero_KeepsSign()
    {
        SyntaxToken token = LexOne("-0.0");
        Assert.IsTrue(double.IsNegative((double)token.Value!));
    }

    [TestMethod]
    [DataRow("12abc", 1, 1)]
    [DataRow("-12abc", 1, 1)]
    [DataRow("1.5.2", 1, 1)]
    [DataRow("1e", 1, 1)]
    [DataRow("1e+", 1, 1)]
    [DataRow("(+ 1\n  2x)", 2, 3)]
    public void Number_NotEndingAtDelimiter_IsInvalidNumber(string text, int line, int column)
    {
        Diagnostic d = LexError(text);
        Assert.AreEqual(DiagnosticCode.InvalidNumber, d.Code);
        StringAssert.Contains(d.Message, "Invalid number");
        Assert.AreEqual(new SourceLocation(line, column), d.Location);
    }

    [TestMethod]
    public void InvalidNumber_TokenCoversTheWholeRun()
    {
        List<SyntaxToken> tokens = Lex("12abc)", out _);
        Assert.AreEqual(SyntaxKind.BadToken, tokens[0].Kind);
        Assert.AreEqual(new TextSpan(0, 5), tokens[0].Span);
        Assert.AreEqual(SyntaxKind.CloseParen, tokens[1].Kind);
    }

    [TestMethod]
    [DataRow("1)")]
    [DataRow("1]")]
    [DataRow("1;c")]
    [DataRow("1,")]
    [DataRow("1\"s\"")]
    public void Number_EndsAtAnyDelimiter(string text)
    {
        List<SyntaxToken> tokens = Lex(text, out var diagnostics);
        Assert.AreEqual(0, diagnostics.Count);
        Assert.AreEqual(SyntaxKind.Integer, tokens[0].Kind);
        Assert.AreEqual(1L, tokens[0].Value);
    }

    [TestMethod]
    [DataRow("\"abc\"", "abc")]
    [DataRow("\"\"", "")]
    [DataRow("\"a\\\\b\"", "a\\b")]
    [DataRow("\"a\\nb\"", "a\nb")]
    [DataRow("\"a\\tb\"", "a\tb")]
    [DataRow("\"say \\\"hi\\\"\"", "say \"hi\"")]
    [DataRow("\"\\q\"", "\\q")]
    [DataRow("\"line1\nline2\"", "line1\nline2")]
    [DataRow("\"semi ; colon (paren)\"", "semi ; colon (paren)")]
    public void String_DecodesEscapes(string text, string expected)
    {
        SyntaxToken token = LexOne(text);
        Assert.AreEqual(SyntaxKind.String, token.Kind);
        Assert.AreEqual(expected, token.Value);
        Assert.AreEqual(new TextSpan(0, text.Length), token.Span);
    }

    [TestMethod]
    public void String_UnknownEscape_KeepsBothCharacters()
    {
        Assert.AreEqual(2, ((string)LexOne("\"\\q\"").Value!).Length);
    }

    [TestMethod]
    [DataRow("\"never closed", 1, 1)]
    [DataRow("(io:print \"never closed)", 1, 11)]
    [DataRow("(a)\n  \"spans\nlines", 2, 3)]
    [DataRow("\"ends in backslash\\", 1, 1)]
    [DataRow("\"escaped quote \\\"", 1, 1)]
    public void String_EndOfFileInside_IsUnterminatedAtOpeningQuote(string text, int line, int column)
    {
        Diagnostic d = LexError(text);
        Assert.AreEqual(DiagnosticCode.UnterminatedString, d.Code);
        Assert.AreEqual("Unterminated string", d.Message);
        Assert.AreEqual(new SourceLocation(line, column), d.Location);
    }

    [TestMethod]
    [DataRow("#t", true)]
    [DataRow("true", true)]
    [DataRow("#f", false)]
    [DataRow("false", false)]
    public void Boolean_AllSpellings(string text, bool expected)
    {
        SyntaxToken token = LexOne(text);
        Assert.AreEqual(SyntaxKind.Boolean, token.Kind);
        Assert.AreEqual(expected, token.Value);
    }

    [TestMethod]
    [DataRow("a-b?")]
    [DataRow("c*d!")]
    [DataRow("<=>")]
    [DataRow("->y")]
    [DataRow("io:print")]
    [DataRow(".5")]
    [DataRow("+5")]
    [DataRow("-")]
    [DataRow("-x")]
    [DataRow("...rest")]
    [DataRow("...")]
    [DataRow(":")]
    [DataRow("#x")]
    [DataRow("trueish")]
    [DataRow("#true")]
    [DataRow("Some")]
    [DataRow("λ")]
    public void Symbol_IsMaximalRunOfNonDelimiters(string text)
    {
        SyntaxToken token = LexOne(text);
        Assert.AreEqual(SyntaxKind.Symbol, token.Kind);
        Assert.AreEqual(text, token.Value);
        Assert.AreEqual(new TextSpan(0, text.Length), token.Span);
    }

    [TestMethod]
    public void Symbol_EndsAtQuoteAndComma()
    {
        List<SyntaxToken> tokens = Lex("a\"s\"b,c", out _);
        CollectionAssert.AreEqual(
            new[] { SyntaxKind.Symbol, SyntaxKind.String, SyntaxKind.Symbol, SyntaxKind.Comma, SyntaxKind.Symbol },
            tokens.Select(t => t.Kind).ToArray());
    }

    [TestMethod]
    public void Symbols_AreCaseSensitive()
    {
        Assert.AreEqual("Foo", LexOne("Foo").Value);
        Assert.AreEqual(SyntaxKind.Symbol, LexOne("True").Kind);
    }

    [TestMethod]
    public void Comment_RunsToEndOfLine()
    {
        List<SyntaxToken> tokens = Lex("; a comment (\n1 ; another\n2;x", out var diagnostics);
        Assert.AreEqual(0, diagnostics.Count);
        CollectionAssert.AreEqual(new object?[] { 1L, 2L }, tokens.Select(t => t.Value).ToArray());
    }

    [TestMethod]
    public void Whitespace_IncludesTabsCarriageReturnsAndUnicodeSpaces()
    {
        List<SyntaxToken> tokens = Lex("a\t\r\nb\u00A0c", out _);
        CollectionAssert.AreEqual(new object?[] { "a", "b", "c" }, tokens.Select(t => t.Value).ToArray());
    }

    [TestMethod]
    public void ControlCharacter_IsUnexpectedCharacter()
    {
        Diagnostic d = LexError("a \u0001 b");
        Assert.AreEqual(DiagnosticCode.UnexpectedCharacter, d.Code);
        Assert.AreEqual(new SourceLocation(1, 3), d.Location);
    }

    [TestMethod]
    public void Positions_AreOneBasedLineAndColumn()
    {
        var source = new SourceText("(a\n  bc\n\n   [d])", "t.ai");
        var tokens = Lexer.Tokenize(source, out _);
        SourceLocation[] locations = [.. tokens.Select(t => source.GetLocation(t.Span.Start))];
        CollectionAssert.AreEqual(
            new[] { new SourceLocation(1, 1), new SourceLocation(1, 2), new SourceLocation(2, 3), new SourceLocation(4, 4), new SourceLocation(4, 5), new SourceLocation(4, 6), new SourceLocation(4, 7), new SourceLocation(4, 8) },
            locations);
    }
}
