using System.Collections.Immutable;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

// module, import, export and spec:contract (LANGUAGE.md §8, §9).
internal partial struct Parser
{
    private ModuleSyntax ParseModule(ref Form form)
    {
        SymbolSyntax name = ExpectSymbol(ref form, "a module name");
        ImmutableArray<SymbolSyntax> exports = [];
        int mark = _scratchTop;
        bool first = true;
        while (!AtListEnd())
        {
            ExprSyntax item = ParseExpr();
            if (first && item is ExportSyntax export)
            {
                exports = export.Names;
            }
            else
            {
                Push(item);
            }

            first = false;
        }

        ImmutableArray<ExprSyntax> forms = PopArray<ExprSyntax>(mark);
        int end = FinishForm(ref form);
        return new ModuleSyntax(TextSpan.FromBounds(form.Start, end), name, exports, forms);
    }

    private ExportSyntax ParseExport(ref Form form)
    {
        int mark = _scratchTop;
        while (!AtListEnd())
        {
            if (Current == SyntaxKind.Symbol)
            {
                Push(ParseSymbol());
            }
            else
            {
                ExpectedElement(ref form, "an exported name");
            }
        }

        ImmutableArray<SymbolSyntax> names = PopArray<SymbolSyntax>(mark);
        int end = FinishForm(ref form);
        return new ExportSyntax(TextSpan.FromBounds(form.Start, end), names);
    }

    private ImportSyntax ParseImport(ref Form form)
    {
        StringLiteralSyntax path;
        if (Current == SyntaxKind.String)
        {
            path = new StringLiteralSyntax(CurrentSpan, _lexer.StringValue());
            Advance();
        }
        else
        {
            path = new StringLiteralSyntax(new TextSpan(_lexer.Start, 0), "");
            ExpectedElement(ref form, "a module path string");
        }

        bool wildcard = false;
        int mark = _scratchTop;
        if (Current == SyntaxKind.Symbol && _lexer.TokenText is "*")
        {
            wildcard = true;
            Advance();
        }
        else if (Current == SyntaxKind.OpenParen)
        {
            int listStart = _lexer.Start;
            Advance();
            while (!AtListEnd())
            {
                ParseImportItem(ref form);
            }

            FinishList(listStart, SyntaxKind.CloseParen);
        }
        else
        {
            ExpectedElement(ref form, "an import list (n ... (n as m) ...) or *");
        }

        ImmutableArray<ImportItemSyntax> items = PopArray<ImportItemSyntax>(mark);
        int end = FinishForm(ref form);
        return new ImportSyntax(TextSpan.FromBounds(form.Start, end), path, wildcard, items);
    }

    /// <summary>One item of an import list: <c>n</c>, <c>n as m</c> or <c>(n as m)</c>.</summary>
    private void ParseImportItem(ref Form form)
    {
        if (Current == SyntaxKind.Symbol)
        {
            SymbolSyntax name = ParseSymbol();
            SymbolSyntax? alias = null;
            if (Current == SyntaxKind.Symbol && _lexer.TokenText is "as")
            {
                Advance();
                alias = ExpectSymbol(ref form, "the local name after 'as'");
            }

            int end = alias is null ? name.Span.End : Math.Max(name.Span.End, alias.Span.End);
            Push(new ImportItemSyntax(TextSpan.FromBounds(name.Span.Start, end), name, alias));
        }
        else if (Current == SyntaxKind.OpenParen)
        {
            var item = new Form(_lexer.Start, Keyword.Import, "(n as m)");
            Advance();
            SymbolSyntax name = ExpectSymbol(ref item, "an imported name");
            if (Current == SyntaxKind.Symbol && _lexer.TokenText is "as")
            {
                Advance();
            }
            else
            {
                ExpectedElement(ref item, "'as'");
            }

            SymbolSyntax alias = ExpectSymbol(ref item, "the local name after 'as'");
            int end = FinishForm(ref item);
            Push(new ImportItemSyntax(TextSpan.FromBounds(item.Start, end), name, alias));
        }
        else
        {
            ExpectedElement(ref form, "an imported name or (n as m)");
        }
    }

    private ContractSyntax ParseContract(ref Form form)
    {
        SymbolSyntax function = ExpectSymbol(ref form, "the function name");
        ImmutableArray<ExprSyntax> requires = [];
        ImmutableArray<ExprSyntax> ensures = [];
        while (!AtListEnd())
        {
            bool isRequires = Current == SyntaxKind.Symbol && _lexer.TokenText is ":requires";
            bool isEnsures = Current == SyntaxKind.Symbol && _lexer.TokenText is ":ensures";
            if (!isRequires && !isEnsures)
            {
                ExpectedElement(ref form, ":requires [e ...] or :ensures [e ...]");
                continue;
            }

            Advance();
            if (Current != SyntaxKind.OpenBracket)
            {
                ExpectedElement(ref form, "a list of conditions [e ...]");
                continue;
            }

            ImmutableArray<ExprSyntax> conditions = ParseListLiteral() is ListLiteralSyntax list ? list.Items : [];
            if (isRequires)
            {
                requires = requires.IsEmpty ? conditions : requires.AddRange(conditions);
            }
            else
            {
                ensures = ensures.IsEmpty ? conditions : ensures.AddRange(conditions);
            }
        }

        int end = FinishForm(ref form);
        return new ContractSyntax(TextSpan.FromBounds(form.Start, end), function, requires, ensures);
    }
}
