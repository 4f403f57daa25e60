using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

// Expecting the elements of a special form, with one diagnostic per malformed form.
internal partial struct Parser
{
    /// <summary>
    /// The special form (or sub-list such as a let binding) being parsed: where it opened, how it is written,
    /// and whether it already reported an error (later problems in the same form are consequences, not news).
    /// </summary>
    private struct Form(int start, Keyword keyword, string? usage = null)
    {
        public readonly int Start = start;
        public readonly Keyword Keyword = keyword;
        public readonly string Usage = usage ?? UsageOf(keyword);
        public bool Reported;

        private static string UsageOf(Keyword keyword) => keyword switch
        {
            Keyword.Lambda => "(lambda (p ...) body)",
            Keyword.Let => "(let ((name value) ...) body)",
            Keyword.Letrec => "(letrec ((name value) ...) body)",
            Keyword.Define => "(define name value) or (define (f p ...) body)",
            Keyword.If => "(if condition then else)",
            Keyword.Do => "(do e ...)",
            Keyword.And => "(and e ...)",
            Keyword.Or => "(or e ...)",
            Keyword.Match => "(match e (pattern body) ...)",
            Keyword.Data => "(data T tv ... (Ctor field ...) ...)",
            Keyword.Handler => "(handler ((kind:op handler) ...) body)",
            Keyword.Effect => "(effect kind:op arg ...)",
            Keyword.Module => "(module name (export n ...) form ...)",
            Keyword.Import => "(import \"path\" (n ... (n as m) ...)) or (import \"path\" *)",
            Keyword.Export => "(export n ...)",
            Keyword.Contract => "(spec:contract f :requires [e ...] :ensures [e ...])",
            Keyword.Ascription => "(: e Type)",
            _ => "",
        };
    }

    /// <summary>Parses a required expression; at the closer reports "Unexpected token ')'" once per form.</summary>
    private ExprSyntax ExpectExpr(ref Form form, string what)
    {
        if (AtListEnd())
        {
            MissingElement(ref form, what);
            return new ErrorExprSyntax(new TextSpan(_lexer.Start, 0));
        }

        return ParseExpr();
    }

    /// <summary>Parses a required symbol; anything else is reported and skipped.</summary>
    private SymbolSyntax ExpectSymbol(ref Form form, string what)
    {
        if (Current == SyntaxKind.Symbol)
        {
            return ParseSymbol();
        }

        int at = _lexer.Start;
        ExpectedElement(ref form, what);
        return new SymbolSyntax(new TextSpan(at, 0), "");
    }

    /// <summary>The current element is not what the form needs: reports it (or the premature closer) and skips it.</summary>
    private void ExpectedElement(ref Form form, string what)
    {
        if (AtListEnd())
        {
            MissingElement(ref form, what);
            return;
        }

        if (!form.Reported)
        {
            form.Reported = true;
            Report(
                DiagnosticCode.InvalidSpecialForm,
                CurrentSpan,
                $"Unexpected token '{ShownToken()}' in {SyntaxFacts.GetText(form.Keyword)}: expected {what} in {form.Usage}");
        }

        SkipElement();
    }

    /// <summary>The form ended before a required element. The end of file is left to the closer check.</summary>
    private void MissingElement(ref Form form, string what)
    {
        if (!form.Reported && Current != SyntaxKind.EndOfFile)
        {
            ReportUnexpected($"in {SyntaxFacts.GetText(form.Keyword)}: expected {what} in {form.Usage}");
        }

        form.Reported = true;
    }

    /// <summary>Reports extra elements once, skips them, and consumes the form's closing parenthesis.</summary>
    private int FinishForm(ref Form form)
    {
        if (!AtListEnd())
        {
            if (!form.Reported)
            {
                ReportUnexpected($"in {SyntaxFacts.GetText(form.Keyword)}: expected ')' to end {form.Usage}");
                form.Reported = true;
            }

            SkipToListEnd();
        }

        return FinishList(form.Start, SyntaxKind.CloseParen);
    }

    private string ShownToken()
    {
        ReadOnlySpan<char> text = _lexer.TokenText;
        return text.Length <= 40 ? text.ToString() : string.Concat(text[..37], "...");
    }
}
