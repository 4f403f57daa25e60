namespace FluentAI.Compiler.Syntax;

/// <summary>The kinds of token the <see cref="Lexer"/> produces (LANGUAGE.md §2).</summary>
public enum SyntaxKind : byte
{
    /// <summary>The end of the source; its span is empty and sits at the end of the text.</summary>
    EndOfFile,

    /// <summary><c>(</c>.</summary>
    OpenParen,

    /// <summary><c>)</c>.</summary>
    CloseParen,

    /// <summary><c>[</c>.</summary>
    OpenBracket,

    /// <summary><c>]</c>.</summary>
    CloseBracket,

    /// <summary><c>,</c>: allowed only inside list patterns.</summary>
    Comma,

    /// <summary>An integer; its value is a <see cref="long"/> when it fits, else a <see cref="System.Numerics.BigInteger"/>.</summary>
    Integer,

    /// <summary>A float (<see cref="double"/>).</summary>
    Float,

    /// <summary>A string literal; its value has escapes decoded.</summary>
    String,

    /// <summary><c>#t</c>, <c>true</c>, <c>#f</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>Any other maximal run of non-delimiters.</summary>
    Symbol,

    /// <summary>A token the lexer already reported (invalid number, unterminated string, control character).</summary>
    BadToken,
}
