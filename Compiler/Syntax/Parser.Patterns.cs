using System.Collections.Immutable;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

// Patterns of match clauses (LANGUAGE.md §6). Where a pattern is invalid the parser reports
// "Invalid pattern", skips it, and stands a wildcard in its place (the tree has errors and is never bound).
internal partial struct Parser
{
    private PatternSyntax ParsePattern()
    {
        TextSpan span = CurrentSpan;
        switch (Current)
        {
            case SyntaxKind.Symbol:
                return ParseSymbolPattern(_lexer.TokenText, span);
            case SyntaxKind.Integer:
            {
                object value = _lexer.BigValue is { } big ? big : BoxedInt(_lexer.IntValue);
                Advance();
                return new LiteralPatternSyntax(span, value);
            }

            case SyntaxKind.Float:
            {
                double value = _lexer.FloatValue;
                Advance();
                return new LiteralPatternSyntax(span, value);
            }

            case SyntaxKind.String:
            {
                string value = _lexer.StringValue();
                Advance();
                return new LiteralPatternSyntax(span, value);
            }

            case SyntaxKind.Boolean:
            {
                bool value = _lexer.BoolValue;
                Advance();
                return new LiteralPatternSyntax(span, value);
            }

            case SyntaxKind.OpenParen:
                return ParseParenthesizedPattern();
            case SyntaxKind.OpenBracket:
                return ParseListPattern();
            case SyntaxKind.BadToken:
                Advance(); // already reported by the lexer
                return new WildcardPatternSyntax(span);
            case SyntaxKind.Comma:
                ReportUnexpected("in a pattern (a comma is allowed only between the items of a list pattern)");
                Advance();
                return new WildcardPatternSyntax(span);
            default:
                ReportInvalidPattern("expected a pattern");
                return new WildcardPatternSyntax(new TextSpan(span.Start, 0));
        }
    }

    /// <summary><c>_</c>, a lowercase-initial variable, or a bare uppercase constructor.</summary>
    private PatternSyntax ParseSymbolPattern(ReadOnlySpan<char> name, TextSpan span)
    {
        PatternSyntax? pattern = SymbolPattern(name, span);
        if (pattern is null)
        {
            ReportInvalidPattern("expected _, a lowercase variable, a literal, a constructor or a list pattern");
            pattern = new WildcardPatternSyntax(span);
        }

        Advance();
        return pattern;
    }

    private PatternSyntax? SymbolPattern(ReadOnlySpan<char> name, TextSpan span)
    {
        if (name is "_")
        {
            return new WildcardPatternSyntax(span);
        }

        if (name.Length > 0 && char.IsLower(name[0]))
        {
            return new VariablePatternSyntax(span, _symbols.Intern(name));
        }

        if (name.Length > 0 && char.IsUpper(name[0]))
        {
            return new ConstructorPatternSyntax(span, _symbols.Intern(name), []);
        }

        return null;
    }

    /// <summary><c>(Ctor p ...)</c>, <c>(p)</c> (the same as <c>p</c>), or <c>()</c> (the empty list).</summary>
    private PatternSyntax ParseParenthesizedPattern()
    {
        int start = _lexer.Start;
        if (!EnterNesting())
        {
            return new WildcardPatternSyntax(TextSpan.FromBounds(start, _lexer.Start));
        }

        Advance();
        PatternSyntax result;
        if (AtListEnd())
        {
            int end = FinishList(start, SyntaxKind.CloseParen);
            result = new ListPatternSyntax(TextSpan.FromBounds(start, end), [], null);
        }
        else if (Current == SyntaxKind.Symbol && char.IsUpper(_lexer.TokenText[0]))
        {
            string name = _symbols.Intern(_lexer.TokenText);
            Advance();
            int mark = _scratchTop;
            while (!AtListEnd())
            {
                Push(ParsePattern());
            }

            ImmutableArray<PatternSyntax> arguments = PopArray<PatternSyntax>(mark);
            int end = FinishList(start, SyntaxKind.CloseParen);
            result = new ConstructorPatternSyntax(TextSpan.FromBounds(start, end), name, arguments);
        }
        else
        {
            result = ParsePattern();
            if (!AtListEnd())
            {
                ReportInvalidPattern("(p) holds one pattern; a constructor pattern starts with an uppercase name");
                SkipToListEnd();
            }

            FinishList(start, SyntaxKind.CloseParen);
        }

        _depth--;
        return result;
    }

    /// <summary><c>[p1 ... pk]</c> with optional commas, and a rest: <c>... rest</c> or <c>...rest</c>.</summary>
    private ListPatternSyntax ParseListPattern()
    {
        int start = _lexer.Start;
        if (!EnterNesting())
        {
            return new ListPatternSyntax(TextSpan.FromBounds(start, _lexer.Start), [], null);
        }

        Advance();
        int mark = _scratchTop;
        PatternSyntax? rest = null;
        while (!AtListEnd())
        {
            if (Current == SyntaxKind.Comma)
            {
                Advance();
                continue;
            }

            if (Current == SyntaxKind.Symbol && _lexer.TokenText.StartsWith("..."))
            {
                rest = ParseRestPattern();
                SkipCommas();
                if (!AtListEnd())
                {
                    ReportInvalidPattern("nothing may follow the rest pattern of a list pattern");
                    SkipToListEnd();
                }

                break;
            }

            Push(ParsePattern());
        }

        ImmutableArray<PatternSyntax> items = PopArray<PatternSyntax>(mark);
        int end = FinishList(start, SyntaxKind.CloseBracket);
        _depth--;
        return new ListPatternSyntax(TextSpan.FromBounds(start, end), items, rest);
    }

    /// <summary>At a symbol starting with <c>...</c>: <c>... p</c> or <c>...name</c>.</summary>
    private PatternSyntax ParseRestPattern()
    {
        TextSpan span = CurrentSpan;
        if (span.Length == 3)
        {
            Advance();
            SkipCommas();
            if (AtListEnd())
            {
                ReportInvalidPattern("expected the rest pattern after '...'");
                return new WildcardPatternSyntax(new TextSpan(span.End, 0));
            }

            return ParsePattern();
        }

        var nameSpan = TextSpan.FromBounds(span.Start + 3, span.End);
        PatternSyntax? pattern = SymbolPattern(_lexer.TokenText[3..], nameSpan);
        if (pattern is null or ConstructorPatternSyntax)
        {
            ReportInvalidPattern("expected ...name or ... pattern for the rest of a list");
            pattern = new WildcardPatternSyntax(nameSpan);
        }

        Advance();
        return pattern;
    }

    private void SkipCommas()
    {
        while (Current == SyntaxKind.Comma)
        {
            Advance();
        }
    }

    private void ReportInvalidPattern(string detail)
    {
        string shown = AtListEnd() ? (Current == SyntaxKind.EndOfFile ? "end of file" : $"'{ShownToken()}'") : $"'{ShownToken()}'";
        Report(DiagnosticCode.InvalidPattern, CurrentSpan, $"Invalid pattern {shown}: {detail}");
    }
}
