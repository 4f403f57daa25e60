using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>
/// The tokens of one source in a reusable flat array, each opening bracket knowing the index of its
/// closer: the input of <see cref="Binding.DirectBinder"/>, which binds without building a syntax tree.
/// <see cref="TryFill"/> gives up (false) wherever the parser would report something (a lexical error,
/// a comma, an unbalanced or mismatched bracket) and past a nesting depth, leaving those sources to the
/// parser. One instance per engine; not thread-safe.
/// </summary>
internal sealed class TokenBuffer
{
    /// <summary>Past this many tokens the array is not kept for the next source.</summary>
    private const int MaxKept = 4096;

    private Token[] _tokens = new Token[64];
    private int[] _open = new int[16];

    /// <summary>One token; which fields are set depends on <see cref="Kind"/>.</summary>
    public struct Token
    {
        public SyntaxKind Kind;

        /// <summary>For a symbol right after <c>(</c>: the special form it names, if any.</summary>
        public Keyword Keyword;

        public int Start;

        public int End;

        /// <summary>For an opening bracket: the index of its closer.</summary>
        public int Match;

        /// <summary>An integer's value (when it fits a long), a float's bits, a boolean as 0 or 1.</summary>
        public long Bits;

        /// <summary>A symbol's interned name, a string's decoded text, a BigInteger integer's boxed value.</summary>
        public object? Value;
    }

    /// <summary>The tokens of the last <see cref="TryFill"/>, in [0, <see cref="Count"/>).</summary>
    public Token[] Tokens => _tokens;

    public int Count { get; private set; }

    /// <summary>A bit (1 &lt;&lt; keyword) for every special-form keyword in head position.</summary>
    public uint Keywords { get; private set; }

    /// <summary>Lexes <paramref name="source"/>; false when it has anything the parser would report, or nests deeper than <paramref name="maxDepth"/>.</summary>
    public bool TryFill(SourceText source, int maxDepth) => TryLex(source) && TryMatch(maxDepth);

    /// <summary>The first pass: every token with its value; false at a comma or a token the lexer reported.</summary>
    private bool TryLex(SourceText source)
    {
        if (Count != 0)
        {
            Clear();
        }

        // From here on every entry is zeroed (Clear keeps it so): a token sets only its own fields.
        var lexer = new Lexer(source); // a mutable struct: stays in this local
        var symbols = new SymbolTable(source.Length);
        Token[] tokens = _tokens;
        int count = 0;
        while (true)
        {
            lexer.Scan();
            SyntaxKind kind = lexer.Kind;
            if (kind == SyntaxKind.EndOfFile)
            {
                Count = count;
                return lexer.DiagnosticList is null;
            }

            if (count == tokens.Length)
            {
                Array.Resize(ref _tokens, count * 2);
                tokens = _tokens;
            }

            ref Token token = ref tokens[count++];
            token.Kind = kind;
            token.Start = lexer.Start;
            token.End = lexer.End;
            switch (kind)
            {
                case SyntaxKind.OpenParen:
                case SyntaxKind.CloseParen:
                case SyntaxKind.OpenBracket:
                case SyntaxKind.CloseBracket:
                    break;
                case SyntaxKind.Symbol:
                    token.Value = symbols.Intern(lexer.TokenText);
                    break;
                case SyntaxKind.Integer:
                    if (lexer.BigValue is { } big)
                    {
                        token.Value = big;
                    }
                    else
                    {
                        token.Bits = lexer.IntValue;
                    }

                    break;
                case SyntaxKind.Float:
                    token.Bits = BitConverter.DoubleToInt64Bits(lexer.FloatValue);
                    break;
                case SyntaxKind.String:
                    token.Value = lexer.StringValue();
                    break;
                case SyntaxKind.Boolean:
                    token.Bits = lexer.BoolValue ? 1 : 0;
                    break;
                default:
                    // A comma outside a pattern, or a token the lexer reported.
                    Count = count;
                    return false;
            }
        }
    }

    /// <summary>The second pass: matches brackets and notes the keywords in head position; false when unbalanced, mismatched or too deep.</summary>
    private bool TryMatch(int maxDepth)
    {
        Token[] tokens = _tokens;
        int count = Count;
        int[] open = _open;
        int depth = 0;
        uint keywords = 0;
        for (int i = 0; i < count; i++)
        {
            switch (tokens[i].Kind)
            {
                case SyntaxKind.OpenParen:
                    if (i + 1 < count && tokens[i + 1].Kind == SyntaxKind.Symbol)
                    {
                        Keyword keyword = SyntaxFacts.GetKeyword((string)tokens[i + 1].Value!);
                        tokens[i + 1].Keyword = keyword;
                        keywords |= 1u << (int)keyword;
                    }

                    goto case SyntaxKind.OpenBracket;
                case SyntaxKind.OpenBracket:
                    if (depth == maxDepth)
                    {
                        return false;
                    }

                    if (depth == open.Length)
                    {
                        Array.Resize(ref _open, depth * 2);
                        open = _open;
                    }

                    open[depth++] = i;
                    break;
                case SyntaxKind.CloseParen:
                case SyntaxKind.CloseBracket:
                    SyntaxKind opener = tokens[i].Kind == SyntaxKind.CloseParen ? SyntaxKind.OpenParen : SyntaxKind.OpenBracket;
                    if (depth == 0 || tokens[open[depth - 1]].Kind != opener)
                    {
                        return false;
                    }

                    tokens[open[--depth]].Match = i;
                    break;
            }
        }

        Keywords = keywords;
        return depth == 0;
    }

    /// <summary>Zeroes the entries of the last source (dropping its references); a buffer that grew large is not kept.</summary>
    public void Clear()
    {
        if (_tokens.Length > MaxKept)
        {
            _tokens = new Token[64];
            _open = new int[16];
        }
        else
        {
            Array.Clear(_tokens, 0, Count);
        }

        Count = 0;
        Keywords = 0;
    }
}
