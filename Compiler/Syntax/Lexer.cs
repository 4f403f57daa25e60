using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>
/// Turns source text into tokens (LANGUAGE.md §2). Tokens are spans into the source string; the lexer
/// allocates only for literal values and diagnostics. The parser reads the current token from the
/// internal fields after <see cref="Scan"/>; other callers use <see cref="NextToken"/> or <see cref="Tokenize"/>.
/// A mutable struct so that the parser holds it inline: keep it in a local or a non-readonly field, never copy it.
/// </summary>
public struct Lexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private int _pos;

    // The current token, set by Scan().
    internal SyntaxKind Kind;
    internal int Start;
    internal int End;
    internal long IntValue;
    internal BigInteger? BigValue;
    internal double FloatValue;
    internal bool BoolValue;
    internal bool HasEscapes;

    public Lexer(SourceText source)
    {
        _source = source;
        _text = source.Text;
    }

    /// <summary>Diagnostics reported so far (lexical ones, and the parser's, which shares this list).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => (IReadOnlyList<Diagnostic>?)DiagnosticList ?? [];

    /// <summary>True once the lexer reached the end of the file inside a string literal.</summary>
    public bool HitUnterminatedString { get; private set; }

    internal List<Diagnostic>? DiagnosticList { get; private set; }

    internal SourceText Source => _source;

    /// <summary>All tokens of <paramref name="source"/>, ending with <see cref="SyntaxKind.EndOfFile"/>.</summary>
    public static ImmutableArray<SyntaxToken> Tokenize(SourceText source, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var lexer = new Lexer(source);
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        SyntaxToken token;
        do
        {
            token = lexer.NextToken();
            tokens.Add(token);
        }
        while (token.Kind != SyntaxKind.EndOfFile);

        diagnostics = lexer.Diagnostics;
        return tokens.ToImmutable();
    }

    /// <summary>Scans the next token and returns it with its value.</summary>
    public SyntaxToken NextToken()
    {
        Scan();
        var span = TextSpan.FromBounds(Start, End);
        object? value = Kind switch
        {
            SyntaxKind.Integer => BigValue is { } big ? (object)big : IntValue,
            SyntaxKind.Float => FloatValue,
            SyntaxKind.String => StringValue(),
            SyntaxKind.Boolean => BoolValue,
            SyntaxKind.Symbol => _text.Substring(Start, End - Start),
            _ => null,
        };
        return new SyntaxToken(Kind, span, value);
    }

    internal void Report(DiagnosticCode code, TextSpan span, string message) =>
        (DiagnosticList ??= []).Add(new Diagnostic(code, DiagnosticCodes.SeverityOf(code), _source, span, message));

    /// <summary>The decoded value of the current string token.</summary>
    internal string StringValue() =>
        HasEscapes ? DecodeString(_text.AsSpan(Start + 1, End - Start - 2)) : _text.Substring(Start + 1, End - Start - 2);

    internal ReadOnlySpan<char> TokenText => _text.AsSpan(Start, End - Start);

    /// <summary>Advances to the next token and stores it in the current-token fields.</summary>
    internal void Scan()
    {
        string text = _text;
        int pos = _pos;
        char c;
        while (true)
        {
            if ((uint)pos >= (uint)text.Length)
            {
                Kind = SyntaxKind.EndOfFile;
                Start = End = _pos = text.Length;
                return;
            }

            c = text[pos];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            {
                pos++;
            }
            else if (c == ';')
            {
                int nl = text.IndexOf('\n', pos);
                pos = nl < 0 ? text.Length : nl + 1;
            }
            else if (CharFacts.IsWhitespace(c))
            {
                pos++;
            }
            else
            {
                break;
            }
        }

        Start = pos;
        switch (c)
        {
            case '(':
                SetSimple(SyntaxKind.OpenParen, pos);
                return;
            case ')':
                SetSimple(SyntaxKind.CloseParen, pos);
                return;
            case '[':
                SetSimple(SyntaxKind.OpenBracket, pos);
                return;
            case ']':
                SetSimple(SyntaxKind.CloseBracket, pos);
                return;
            case ',':
                SetSimple(SyntaxKind.Comma, pos);
                return;
            case '"':
                ScanString(pos);
                return;
        }

        if (char.IsAsciiDigit(c) || (c == '-' && pos + 1 < text.Length && char.IsAsciiDigit(text[pos + 1])))
        {
            ScanNumber(pos);
        }
        else if (c < ' ')
        {
            ScanControlCharacter(c, pos);
        }
        else
        {
            ScanSymbol(pos);
        }
    }

    /// <summary>A control character: a bad token of its own (out of line, so that <see cref="Scan"/> stays small).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ScanControlCharacter(char c, int pos)
    {
        SetSimple(SyntaxKind.BadToken, pos);
        Report(DiagnosticCode.UnexpectedCharacter, new TextSpan(pos, 1), $"Unexpected character U+{(int)c:X4}");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetSimple(SyntaxKind kind, int pos)
    {
        Kind = kind;
        End = _pos = pos + 1;
    }

    private void ScanSymbol(int pos)
    {
        string text = _text;
        int start = pos;
        pos++;
        while (pos < text.Length && !CharFacts.IsDelimiter(text[pos]))
        {
            pos++;
        }

        End = _pos = pos;
        Kind = SyntaxKind.Symbol;
        int length = pos - start;
        if (length is 2 or 4 or 5)
        {
            ReadOnlySpan<char> s = text.AsSpan(start, length);
            if (s is "#t" or "true")
            {
                Kind = SyntaxKind.Boolean;
                BoolValue = true;
            }
            else if (s is "#f" or "false")
            {
                Kind = SyntaxKind.Boolean;
                BoolValue = false;
            }
        }
    }

    private void ScanNumber(int pos)
    {
        string text = _text;
        int start = pos;
        bool negative = text[pos] == '-';
        if (negative)
        {
            pos++;
        }

        // The common case first: up to 18 digits (Scan saw at least one) followed by a delimiter or the end is a long.
        int digitsStart = pos;
        long small = 0;
        while ((uint)pos < (uint)text.Length && char.IsAsciiDigit(text[pos]) && pos - digitsStart < 18)
        {
            small = (small * 10) + (text[pos] - '0');
            pos++;
        }

        if ((uint)pos >= (uint)text.Length || CharFacts.IsDelimiter(text[pos]))
        {
            End = _pos = pos;
            Kind = SyntaxKind.Integer;
            BigValue = null;
            IntValue = negative ? -small : small;
            return;
        }

        ScanLongNumber(start, negative);
    }

    /// <summary>A float, a long integer (maybe a BigInteger) or an invalid number; out of line, the rare cases.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ScanLongNumber(int start, bool negative)
    {
        string text = _text;
        int pos = negative ? start + 1 : start;
        int digitsStart = pos;
        ulong magnitude = 0;
        bool overflow = false;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            uint d = (uint)(text[pos] - '0');
            if (magnitude > (ulong.MaxValue - 9) / 10)
            {
                overflow = true;
            }
            else
            {
                magnitude = (magnitude * 10) + d;
            }

            pos++;
        }

        int digitsEnd = pos;
        bool isFloat = false;
        bool valid = true;
        if (pos < text.Length && text[pos] == '.')
        {
            isFloat = true;
            pos++;
            while (pos < text.Length && char.IsAsciiDigit(text[pos]))
            {
                pos++;
            }
        }

        if (pos < text.Length && (text[pos] == 'e' || text[pos] == 'E'))
        {
            int q = pos + 1;
            if (q < text.Length && (text[q] == '+' || text[q] == '-'))
            {
                q++;
            }

            if (q < text.Length && char.IsAsciiDigit(text[q]))
            {
                while (q < text.Length && char.IsAsciiDigit(text[q]))
                {
                    q++;
                }

                isFloat = true;
                pos = q;
            }
            else
            {
                valid = false;
            }
        }

        if (pos < text.Length && !CharFacts.IsDelimiter(text[pos]))
        {
            valid = false;
        }

        if (!valid)
        {
            while (pos < text.Length && !CharFacts.IsDelimiter(text[pos]))
            {
                pos++;
            }

            Kind = SyntaxKind.BadToken;
            End = _pos = pos;
            Report(DiagnosticCode.InvalidNumber, TextSpan.FromBounds(start, pos), $"Invalid number '{text.AsSpan(start, pos - start)}'");
            return;
        }

        End = _pos = pos;
        if (isFloat)
        {
            Kind = SyntaxKind.Float;
            FloatValue = double.Parse(text.AsSpan(start, pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
            return;
        }

        Kind = SyntaxKind.Integer;
        if (!overflow && magnitude <= long.MaxValue)
        {
            BigValue = null;
            IntValue = negative ? -(long)magnitude : (long)magnitude;
        }
        else if (!overflow && negative && magnitude == 1UL << 63)
        {
            BigValue = null;
            IntValue = long.MinValue;
        }
        else
        {
            BigInteger big = BigInteger.Parse(text.AsSpan(digitsStart, digitsEnd - digitsStart), NumberStyles.None, CultureInfo.InvariantCulture);
            BigValue = negative ? -big : big;
        }
    }

    private void ScanString(int pos)
    {
        string text = _text;
        int start = pos;
        bool escapes = false;
        pos++;
        while (true)
        {
            int next = text.AsSpan(pos).IndexOfAny('"', '\\');
            if (next < 0)
            {
                break;
            }

            pos += next;
            if (text[pos] == '"')
            {
                Kind = SyntaxKind.String;
                HasEscapes = escapes;
                End = _pos = pos + 1;
                return;
            }

            escapes = true;
            pos += 2;
            if (pos >= text.Length)
            {
                break;
            }
        }

        Kind = SyntaxKind.BadToken;
        End = _pos = text.Length;
        HitUnterminatedString = true;
        Report(DiagnosticCode.UnterminatedString, new TextSpan(start, 1), "Unterminated string");
    }

    /// <summary>Decodes the body of a string literal: <c>\\ \n \t \"</c>; any other backslash pair is kept as written.</summary>
    internal static string DecodeString(ReadOnlySpan<char> body)
    {
        Span<char> buffer = body.Length <= 256 ? stackalloc char[body.Length] : new char[body.Length];
        int n = 0;
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\\' && i + 1 < body.Length)
            {
                char e = body[i + 1];
                char decoded = e switch
                {
                    '\\' => '\\',
                    'n' => '\n',
                    't' => '\t',
                    '"' => '"',
                    _ => '\0',
                };
                if (decoded != '\0')
                {
                    buffer[n++] = decoded;
                    i++;
                    continue;
                }

                buffer[n++] = c;
                buffer[n++] = e;
                i++;
                continue;
            }

            buffer[n++] = c;
        }

        return new string(buffer[..n]);
    }
}
