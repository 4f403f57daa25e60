using System.Collections.Immutable;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

// Special forms (LANGUAGE.md §4). Each parser starts at the keyword token and ends after the closing ')'.
internal partial struct Parser
{
    private ExprSyntax ParseSpecialForm(Keyword keyword, int start)
    {
        var form = new Form(start, keyword);
        Advance(); // the keyword
        return keyword switch
        {
            Keyword.Lambda => ParseLambda(ref form),
            Keyword.Let => ParseLet(ref form, isLetrec: false),
            Keyword.Letrec => ParseLet(ref form, isLetrec: true),
            Keyword.Define => ParseDefine(ref form),
            Keyword.If => ParseIf(ref form),
            Keyword.Do => ParseDo(ref form),
            Keyword.And => ParseAnd(ref form),
            Keyword.Or => ParseOr(ref form),
            Keyword.Match => ParseMatch(ref form),
            Keyword.Data => ParseData(ref form),
            Keyword.Handler => ParseHandler(ref form),
            Keyword.Effect => ParseEffect(ref form),
            Keyword.Module => ParseModule(ref form),
            Keyword.Import => ParseImport(ref form),
            Keyword.Export => ParseExport(ref form),
            Keyword.Contract => ParseContract(ref form),
            Keyword.Ascription => ParseAscription(ref form),
            _ => throw new InvalidOperationException($"Unknown keyword {keyword}"),
        };
    }

    private LambdaSyntax ParseLambda(ref Form form)
    {
        ImmutableArray<SymbolSyntax> parameters = ParseParameterList(ref form);
        ExprSyntax body = ExpectExpr(ref form, "a body expression");
        int end = FinishForm(ref form);
        return new LambdaSyntax(TextSpan.FromBounds(form.Start, end), parameters, body);
    }

    /// <summary><c>(p ...)</c>: a list of symbols.</summary>
    private ImmutableArray<SymbolSyntax> ParseParameterList(ref Form form)
    {
        if (Current != SyntaxKind.OpenParen)
        {
            ExpectedElement(ref form, "a parameter list (p ...)");
            return [];
        }

        int start = _lexer.Start;
        Advance();
        int mark = _scratchTop;
        while (!AtListEnd())
        {
            if (Current == SyntaxKind.Symbol)
            {
                Push(ParseSymbol());
            }
            else
            {
                ExpectedElement(ref form, "a parameter name");
            }
        }

        ImmutableArray<SymbolSyntax> parameters = PopArray<SymbolSyntax>(mark);
        FinishList(start, SyntaxKind.CloseParen);
        return parameters;
    }

    private LetSyntax ParseLet(ref Form form, bool isLetrec)
    {
        int mark = _scratchTop;
        ParseEntryList(ref form, isHandler: false, "a binding (name value)", "a binding list ((name value) ...)");
        ImmutableArray<LetBindingSyntax> bindings = PopArray<LetBindingSyntax>(mark);
        ExprSyntax body = ExpectExpr(ref form, "a body expression");
        int end = FinishForm(ref form);
        return new LetSyntax(TextSpan.FromBounds(form.Start, end), isLetrec, bindings, body);
    }

    /// <summary>
    /// The parenthesized list of parenthesized entries of a <c>let</c> (bindings) or a <c>handler</c>
    /// (entries); each entry is pushed on the scratch stack.
    /// </summary>
    private void ParseEntryList(ref Form form, bool isHandler, string entryDescription, string listDescription)
    {
        if (Current != SyntaxKind.OpenParen)
        {
            ExpectedElement(ref form, listDescription);
            return;
        }

        int listStart = _lexer.Start;
        Advance();
        while (!AtListEnd())
        {
            if (Current != SyntaxKind.OpenParen)
            {
                ExpectedElement(ref form, entryDescription);
            }
            else if (isHandler)
            {
                Push(ParseHandlerEntry());
            }
            else
            {
                Push(ParseLetBinding(form.Keyword));
            }
        }

        FinishList(listStart, SyntaxKind.CloseParen);
    }

    private LetBindingSyntax ParseLetBinding(Keyword keyword)
    {
        var binding = new Form(_lexer.Start, keyword, "(name value)");
        Advance();
        SymbolSyntax name = ExpectSymbol(ref binding, "a binding name");
        ExprSyntax value = ExpectExpr(ref binding, "a value");
        int end = FinishForm(ref binding);
        return new LetBindingSyntax(TextSpan.FromBounds(binding.Start, end), name, value);
    }

    private DefineSyntax ParseDefine(ref Form form)
    {
        if (Current == SyntaxKind.OpenParen)
        {
            var signature = new Form(_lexer.Start, Keyword.Define, "(f p ...)");
            Advance();
            SymbolSyntax functionName = ExpectSymbol(ref signature, "a function name");
            int mark = _scratchTop;
            while (!AtListEnd())
            {
                if (Current == SyntaxKind.Symbol)
                {
                    Push(ParseSymbol());
                }
                else
                {
                    ExpectedElement(ref signature, "a parameter name");
                }
            }

            ImmutableArray<SymbolSyntax> parameters = PopArray<SymbolSyntax>(mark);
            FinishList(signature.Start, SyntaxKind.CloseParen);
            ExprSyntax body = ExpectExpr(ref form, "a body expression");
            int functionEnd = FinishForm(ref form);
            var span = TextSpan.FromBounds(form.Start, functionEnd);
            return new DefineSyntax(span, functionName, new LambdaSyntax(span, parameters, body), IsFunctionForm: true);
        }

        SymbolSyntax name = ExpectSymbol(ref form, "a name or (f p ...)");
        ExprSyntax value = ExpectExpr(ref form, "a value");
        int end = FinishForm(ref form);
        return new DefineSyntax(TextSpan.FromBounds(form.Start, end), name, value, IsFunctionForm: false);
    }

    private IfSyntax ParseIf(ref Form form)
    {
        ExprSyntax condition = ExpectExpr(ref form, "a condition");
        ExprSyntax then = ExpectExpr(ref form, "a then branch");
        ExprSyntax otherwise = ExpectExpr(ref form, "an else branch (else is mandatory)");
        int end = FinishForm(ref form);
        return new IfSyntax(TextSpan.FromBounds(form.Start, end), condition, then, otherwise);
    }

    private DoSyntax ParseDo(ref Form form)
    {
        ImmutableArray<ExprSyntax> body = ParseRest(ref form, out int end);
        return new DoSyntax(TextSpan.FromBounds(form.Start, end), body);
    }

    private AndSyntax ParseAnd(ref Form form)
    {
        ImmutableArray<ExprSyntax> operands = ParseRest(ref form, out int end);
        return new AndSyntax(TextSpan.FromBounds(form.Start, end), operands);
    }

    private OrSyntax ParseOr(ref Form form)
    {
        ImmutableArray<ExprSyntax> operands = ParseRest(ref form, out int end);
        return new OrSyntax(TextSpan.FromBounds(form.Start, end), operands);
    }

    /// <summary>Any number of expressions up to the closer (do, and, or, effect arguments).</summary>
    private ImmutableArray<ExprSyntax> ParseRest(ref Form form, out int end)
    {
        int mark = _scratchTop;
        while (!AtListEnd())
        {
            Push(ParseExpr());
        }

        ImmutableArray<ExprSyntax> items = PopArray<ExprSyntax>(mark);
        end = FinishForm(ref form);
        return items;
    }

    private MatchSyntax ParseMatch(ref Form form)
    {
        ExprSyntax scrutinee = ExpectExpr(ref form, "the value to match");
        int mark = _scratchTop;
        while (!AtListEnd())
        {
            if (Current == SyntaxKind.OpenParen)
            {
                Push(ParseMatchClause());
            }
            else
            {
                ExpectedElement(ref form, "a clause (pattern body)");
            }
        }

        ImmutableArray<MatchClauseSyntax> clauses = PopArray<MatchClauseSyntax>(mark);
        int end = FinishForm(ref form);
        return new MatchSyntax(TextSpan.FromBounds(form.Start, end), scrutinee, clauses);
    }

    private MatchClauseSyntax ParseMatchClause()
    {
        var clause = new Form(_lexer.Start, Keyword.Match, "(pattern body)");
        Advance();
        PatternSyntax pattern;
        if (AtListEnd())
        {
            MissingElement(ref clause, "a pattern");
            pattern = new WildcardPatternSyntax(new TextSpan(_lexer.Start, 0));
        }
        else
        {
            pattern = ParsePattern();
        }

        ExprSyntax body = ExpectExpr(ref clause, "a body expression");
        int end = FinishForm(ref clause);
        return new MatchClauseSyntax(TextSpan.FromBounds(clause.Start, end), pattern, body);
    }

    private DataSyntax ParseData(ref Form form)
    {
        SymbolSyntax typeName = ExpectSymbol(ref form, "a type name");
        int mark = _scratchTop;
        while (Current == SyntaxKind.Symbol)
        {
            Push(ParseSymbol());
        }

        ImmutableArray<SymbolSyntax> typeVariables = PopArray<SymbolSyntax>(mark);
        while (!AtListEnd())
        {
            if (Current == SyntaxKind.OpenParen)
            {
                Push(ParseConstructor());
            }
            else
            {
                ExpectedElement(ref form, "a constructor (Ctor field ...)");
            }
        }

        ImmutableArray<ConstructorSyntax> constructors = PopArray<ConstructorSyntax>(mark);
        int end = FinishForm(ref form);
        return new DataSyntax(TextSpan.FromBounds(form.Start, end), typeName, typeVariables, constructors);
    }

    private ConstructorSyntax ParseConstructor()
    {
        var ctor = new Form(_lexer.Start, Keyword.Data, "(Ctor field ...)");
        Advance();
        SymbolSyntax name = ExpectSymbol(ref ctor, "a constructor name");
        int mark = _scratchTop;
        while (!AtListEnd())
        {
            Push(ParseType());
        }

        ImmutableArray<TypeSyntax> fields = PopArray<TypeSyntax>(mark);
        int end = FinishForm(ref ctor);
        return new ConstructorSyntax(TextSpan.FromBounds(ctor.Start, end), name, fields);
    }

    private HandlerSyntax ParseHandler(ref Form form)
    {
        int mark = _scratchTop;
        ParseEntryList(ref form, isHandler: true, "an entry (kind:op handler)", "an entry list ((kind:op handler) ...)");
        ImmutableArray<HandlerEntrySyntax> entries = PopArray<HandlerEntrySyntax>(mark);
        ExprSyntax body = ExpectExpr(ref form, "a body expression");
        int end = FinishForm(ref form);
        return new HandlerSyntax(TextSpan.FromBounds(form.Start, end), entries, body);
    }

    private HandlerEntrySyntax ParseHandlerEntry()
    {
        var entry = new Form(_lexer.Start, Keyword.Handler, "(kind:op handler)");
        Advance();
        SymbolSyntax operation = ExpectSymbol(ref entry, "an operation kind:op or kind");
        ExprSyntax handler = ExpectExpr(ref entry, "a handler function");
        int end = FinishForm(ref entry);
        return new HandlerEntrySyntax(TextSpan.FromBounds(entry.Start, end), operation, handler);
    }

    private EffectSyntax ParseEffect(ref Form form)
    {
        SymbolSyntax operation = ExpectSymbol(ref form, "an operation kind:op");
        ImmutableArray<ExprSyntax> arguments = ParseRest(ref form, out int end);
        return new EffectSyntax(TextSpan.FromBounds(form.Start, end), operation, arguments);
    }

    private AscriptionSyntax ParseAscription(ref Form form)
    {
        ExprSyntax expression = ExpectExpr(ref form, "an expression");
        TypeSyntax type;
        if (AtListEnd())
        {
            MissingElement(ref form, "a type");
            type = new TypeSyntax(new TextSpan(_lexer.Start, 0), "", []);
        }
        else
        {
            type = ParseType();
        }

        int end = FinishForm(ref form);
        return new AscriptionSyntax(TextSpan.FromBounds(form.Start, end), expression, type);
    }
}
