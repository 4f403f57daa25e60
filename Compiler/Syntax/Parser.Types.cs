using System.Collections.Immutable;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

// Types of ascriptions and constructor fields: Name, or (Name T ...).
internal partial struct Parser
{
    private TypeSyntax ParseType()
    {
        TextSpan span = CurrentSpan;
        if (Current == SyntaxKind.Symbol)
        {
            string name = _symbols.Intern(_lexer.TokenText);
            Advance();
            return new TypeSyntax(span, name, []);
        }

        if (Current != SyntaxKind.OpenParen)
        {
            if (Current != SyntaxKind.BadToken)
            {
                Report(DiagnosticCode.InvalidSpecialForm, span, $"Unexpected token '{ShownToken()}': expected a type (Name or (Name T ...))");
            }

            SkipElement();
            return new TypeSyntax(span, "", []);
        }

        int start = span.Start;
        if (!EnterNesting())
        {
            return new TypeSyntax(TextSpan.FromBounds(start, _lexer.Start), "", []);
        }

        Advance();
        var form = new Form(start, Keyword.Ascription, "(Name T ...)");
        SymbolSyntax head = ExpectSymbol(ref form, "a type name");
        int mark = _scratchTop;
        while (!AtListEnd())
        {
            Push(ParseType());
        }

        ImmutableArray<TypeSyntax> arguments = PopArray<TypeSyntax>(mark);
        int end = FinishList(start, SyntaxKind.CloseParen);
        _depth--;
        return new TypeSyntax(TextSpan.FromBounds(start, end), head.Name, arguments);
    }
}
