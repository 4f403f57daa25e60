using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>
/// Recursive-descent parser straight over the lexer's tokens (no token list, no intermediate s-expressions).
/// Recovery: every error is reported once at its own token, the offending element is skipped (balanced),
/// and an <see cref="ErrorExprSyntax"/> stands in its place. Nesting deeper than <see cref="MaxDepth"/>
/// is one <see cref="DiagnosticCode.NestingTooDeep"/> and the whole nested element is skipped iteratively.
/// Split by concern: this file (tokens, expressions, lists, recovery), Parser.Forms.cs (special forms),
/// Parser.Modules.cs (module, import, export, contract), Parser.Patterns.cs, Parser.Types.cs.
/// A mutable struct (one parse allocates no parser object): use it as a local and never copy it.
/// </summary>
internal partial struct Parser
{
    /// <summary>The deepest nesting of brackets the parser accepts.</summary>
    public const int MaxDepth = 1000;

    private readonly SourceText _source;
    private readonly string _text;
    private Lexer _lexer; // a mutable struct: never copy it
    private SymbolTable _symbols;
    private ScratchPool.Slot[] _scratch;
    private int _scratchTop;
    private int _depth;
    private bool _eofReported;

    // Lists opened and not yet closed, by kind: a wrong closer that closes an enclosing list is left to it.
    private int _openParens;
    private int _openBrackets;

    public Parser(SourceText source)
    {
        _source = source;
        _text = source.Text;
        _lexer = new Lexer(source);
        _symbols = new SymbolTable(source.Length);
        _scratch = ScratchPool.Rent();
        _lexer.Scan();
    }

    public IReadOnlyList<Diagnostic> Diagnostics => _lexer.Diagnostics;

    private SyntaxKind Current => _lexer.Kind;

    private TextSpan CurrentSpan => TextSpan.FromBounds(_lexer.Start, _lexer.End);

    public CompilationUnitSyntax ParseCompilationUnit() => new(new TextSpan(0, _text.Length), _source, ParseForms());

    /// <summary>The top-level forms of the file, without a compilation unit around them (the engine's path).</summary>
    public ImmutableArray<ExprSyntax> ParseForms()
    {
        int mark = _scratchTop;
        while (Current != SyntaxKind.EndOfFile)
        {
            if (Current is SyntaxKind.CloseParen or SyntaxKind.CloseBracket)
            {
                ReportUnexpected("at top level");
                _lexer.Scan(); // not Advance: a stray closer closes nothing
                continue;
            }

            Push(ParseExpr());
        }

        ImmutableArray<ExprSyntax> forms = PopArray<ExprSyntax>(mark);
        ScratchPool.Return(_scratch);
        _scratch = [];
        return forms;
    }

    private void Advance()
    {
        switch (_lexer.Kind)
        {
            case SyntaxKind.OpenParen:
                _openParens++;
                break;
            case SyntaxKind.OpenBracket:
                _openBrackets++;
                break;
            case SyntaxKind.CloseParen:
                _openParens--;
                break;
            case SyntaxKind.CloseBracket:
                _openBrackets--;
                break;
        }

        _lexer.Scan();
    }

    /// <summary>Advances past a token that is not a bracket (a literal or a symbol): no open-list counting.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AdvanceLeaf() => _lexer.Scan();

    /// <summary>Parses one expression at the current token; the caller has checked it is not a closer or the end.</summary>
    private ExprSyntax ParseExpr()
    {
        int start = _lexer.Start;
        switch (Current)
        {
            case SyntaxKind.OpenParen:
                return ParseParenthesized();
            case SyntaxKind.OpenBracket:
                return ParseListLiteral();
            case SyntaxKind.Symbol:
                return ParseSymbol();
            case SyntaxKind.Integer:
            {
                object value = _lexer.BigValue is { } big ? big : BoxedInt(_lexer.IntValue);
                var node = new IntegerLiteralSyntax(CurrentSpan, value);
                AdvanceLeaf();
                return node;
            }

            case SyntaxKind.Float:
            {
                var node = new FloatLiteralSyntax(CurrentSpan, _lexer.FloatValue);
                AdvanceLeaf();
                return node;
            }

            case SyntaxKind.String:
            {
                var node = new StringLiteralSyntax(CurrentSpan, _lexer.StringValue());
                AdvanceLeaf();
                return node;
            }

            case SyntaxKind.Boolean:
            {
                var node = new BoolLiteralSyntax(CurrentSpan, _lexer.BoolValue);
                AdvanceLeaf();
                return node;
            }

            case SyntaxKind.Comma:
                ReportUnexpected("(a comma is allowed only inside a list pattern)");
                Advance();
                return new ErrorExprSyntax(new TextSpan(start, 1));
            case SyntaxKind.BadToken:
            {
                // Already reported by the lexer.
                var node = new ErrorExprSyntax(CurrentSpan);
                Advance();
                return node;
            }

            default:
                // A closer or the end: callers check first; report defensively.
                ReportUnexpected("where an expression was expected");
                return new ErrorExprSyntax(new TextSpan(start, 0));
        }
    }

    private SymbolSyntax ParseSymbol()
    {
        var node = new SymbolSyntax(CurrentSpan, _symbols.Intern(_lexer.TokenText));
        AdvanceLeaf();
        return node;
    }

    /// <summary><c>( ... )</c>: empty list, special form or call.</summary>
    private ExprSyntax ParseParenthesized()
    {
        int start = _lexer.Start;
        if (!EnterNesting())
        {
            return new ErrorExprSyntax(TextSpan.FromBounds(start, _lexer.Start));
        }

        Advance();
        ExprSyntax result;
        if (AtListEnd())
        {
            // () is the empty list; "(" followed by "]" or the end reports the missing ")" once.
            result = new ListLiteralSyntax(TextSpan.FromBounds(start, FinishList(start, SyntaxKind.CloseParen)), []);
        }
        else if (Current == SyntaxKind.Symbol && SyntaxFacts.GetKeyword(_lexer.TokenText) is var keyword && keyword != Keyword.None)
        {
            result = ParseSpecialForm(keyword, start);
        }
        else
        {
            result = ParseCall(start);
        }

        _depth--;
        return result;
    }

    private ExprSyntax ParseCall(int start)
    {
        ExprSyntax callee = ParseExpr();
        int mark = _scratchTop;
        while (!AtListEnd())
        {
            Push(ParseExpr());
        }

        ImmutableArray<ExprSyntax> args = PopArray<ExprSyntax>(mark);
        int end = FinishList(start, SyntaxKind.CloseParen);
        return new CallSyntax(TextSpan.FromBounds(start, end), callee, args);
    }

    private ExprSyntax ParseListLiteral()
    {
        int start = _lexer.Start;
        if (!EnterNesting())
        {
            return new ErrorExprSyntax(TextSpan.FromBounds(start, _lexer.Start));
        }

        Advance();
        int mark = _scratchTop;
        while (!AtListEnd())
        {
            Push(ParseExpr());
        }

        ImmutableArray<ExprSyntax> items = PopArray<ExprSyntax>(mark);
        int end = FinishList(start, SyntaxKind.CloseBracket);
        _depth--;
        return new ListLiteralSyntax(TextSpan.FromBounds(start, end), items);
    }

    /// <summary>True at a closer or the end of the file.</summary>
    private bool AtListEnd() => Current is SyntaxKind.CloseParen or SyntaxKind.CloseBracket or SyntaxKind.EndOfFile;

    /// <summary>
    /// Consumes the closer of a list opened at <paramref name="openStart"/> and returns the list's end offset.
    /// The wrong closer is reported and consumed as if it were the right one; the end of the file is reported
    /// once per file (and not at all after an unterminated string, which already explains it).
    /// </summary>
    private int FinishList(int openStart, SyntaxKind closer)
    {
        SyntaxKind current = Current;
        if (current == closer)
        {
            int end = _lexer.End;
            if (closer == SyntaxKind.CloseParen)
            {
                _openParens--;
            }
            else
            {
                _openBrackets--;
            }

            _lexer.Scan();
            return end;
        }

        string message = closer == SyntaxKind.CloseParen ? "Expected closing parenthesis" : "Expected closing bracket";
        DiagnosticCode code = closer == SyntaxKind.CloseParen ? DiagnosticCode.ExpectedClosingParenthesis : DiagnosticCode.ExpectedClosingBracket;
        if (current == SyntaxKind.EndOfFile)
        {
            if (!_eofReported && !_lexer.HitUnterminatedString)
            {
                _eofReported = true;
                char open = closer == SyntaxKind.CloseParen ? '(' : '[';
                SourceLocation at = _source.GetLocation(openStart);
                Report(code, new TextSpan(openStart, 1), $"{message}: '{open}' at line {at.Line}, column {at.Column} is never closed");
            }

            return _text.Length;
        }

        // The other closer. If it closes an enclosing list, this list is just missing its closer: leave the
        // token to that list. Otherwise report it and treat it as ours.
        bool ours = closer == SyntaxKind.CloseParen;
        bool enclosingMatches = ours ? _openBrackets > 0 : _openParens > 0;
        if (enclosingMatches)
        {
            Report(code, CurrentSpan, $"{message} before '{ShownToken()}'");
            if (ours)
            {
                _openParens--;
            }
            else
            {
                _openBrackets--;
            }

            return _lexer.Start;
        }

        int wrongEnd = _lexer.End;
        Report(code, CurrentSpan, $"{message}, found '{ShownToken()}'");
        if (ours)
        {
            _openParens--;
            _openBrackets++;
        }
        else
        {
            _openBrackets--;
            _openParens++;
        }

        Advance();
        return wrongEnd;
    }

    /// <summary>Skips the remaining elements of the current list (balanced) up to, not including, its closer.</summary>
    private void SkipToListEnd()
    {
        while (!AtListEnd())
        {
            SkipElement();
        }
    }

    /// <summary>Skips one element: a token, or a whole bracketed group without recursion.</summary>
    private void SkipElement()
    {
        if (Current is not (SyntaxKind.OpenParen or SyntaxKind.OpenBracket))
        {
            Advance();
            return;
        }

        int depth = 0;
        do
        {
            switch (Current)
            {
                case SyntaxKind.OpenParen:
                case SyntaxKind.OpenBracket:
                    depth++;
                    break;
                case SyntaxKind.CloseParen:
                case SyntaxKind.CloseBracket:
                    depth--;
                    break;
                case SyntaxKind.EndOfFile:
                    if (!_eofReported && !_lexer.HitUnterminatedString)
                    {
                        _eofReported = true;
                        Report(DiagnosticCode.ExpectedClosingParenthesis, CurrentSpan, "Expected closing parenthesis at end of file");
                    }

                    return;
            }

            Advance();
        }
        while (depth > 0);
    }

    /// <summary>Enters one level of brackets at the current opener; past the limit reports once and skips the whole group.</summary>
    private bool EnterNesting()
    {
        // The stack probe reads thread state, so it runs every 32 levels: the margin it guarantees
        // covers far more than 32 levels of parser frames.
        if (++_depth <= MaxDepth && ((_depth & 31) != 0 || RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            return true;
        }

        _depth--;
        Report(DiagnosticCode.NestingTooDeep, CurrentSpan, $"Nesting too deep: more than {MaxDepth} levels of brackets");
        SkipElement();
        return false;
    }

    private void Report(DiagnosticCode code, TextSpan span, string message) => _lexer.Report(code, span, message);

    /// <summary>Reports the current token as unexpected: "Unexpected token ')' ...".</summary>
    private void ReportUnexpected(string detail)
    {
        string shown = Current == SyntaxKind.EndOfFile ? "end of file" : $"'{ShownToken()}'";
        Report(DiagnosticCode.UnexpectedToken, CurrentSpan, $"Unexpected token {shown} {detail}");
    }

    private void Push(SyntaxNode node)
    {
        if (_scratchTop == _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(16, _scratch.Length * 2));
        }

        // A struct slot: storing into it needs no covariant array-store check.
        _scratch[_scratchTop++].Node = node;
    }

    /// <summary>Pops the nodes pushed since <paramref name="mark"/> into an exactly sized immutable array.</summary>
    private ImmutableArray<T> PopArray<T>(int mark)
        where T : SyntaxNode
    {
        int count = _scratchTop - mark;
        if (count == 0)
        {
            return [];
        }

        var array = new T[count];
        ref T target = ref MemoryMarshal.GetArrayDataReference(array);
        ScratchPool.Slot[] scratch = _scratch;
        for (int i = 0; i < count; i++)
        {
            // The parser pushed only T nodes since the mark; skip the cast and the array-store checks.
            ref SyntaxNode slot = ref scratch[mark + i].Node;
            Unsafe.Add(ref target, i) = Unsafe.As<T>(slot);
            slot = null!;
        }

        _scratchTop = mark;
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static object BoxedInt(long value) =>
        (ulong)(value + SmallIntegers.Offset) < (ulong)SmallIntegers.Boxes.Length ? SmallIntegers.Boxes[value + SmallIntegers.Offset] : value;
}
