using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>Facts about the lexical and special-form syntax that tools (REPL, editors) also need.</summary>
public static class SyntaxFacts
{
    /// <summary>The special form a head symbol names, or <see cref="Keyword.None"/>.</summary>
    /// <remarks>Dispatches on the first character (a hashed string switch costs more on every call head).</remarks>
    public static Keyword GetKeyword(ReadOnlySpan<char> symbol)
    {
        if (symbol.IsEmpty || symbol.Length > 13)
        {
            return Keyword.None;
        }

        return symbol[0] switch
        {
            'l' => symbol is "let" ? Keyword.Let : symbol is "lambda" ? Keyword.Lambda : symbol is "letrec" ? Keyword.Letrec : Keyword.None,
            'd' => symbol is "define" ? Keyword.Define : symbol is "do" ? Keyword.Do : symbol is "data" ? Keyword.Data : Keyword.None,
            'i' => symbol is "if" ? Keyword.If : symbol is "import" ? Keyword.Import : Keyword.None,
            'a' => symbol is "and" ? Keyword.And : Keyword.None,
            'o' => symbol is "or" ? Keyword.Or : Keyword.None,
            'm' => symbol is "match" ? Keyword.Match : symbol is "module" ? Keyword.Module : Keyword.None,
            'h' => symbol is "handler" ? Keyword.Handler : Keyword.None,
            'e' => symbol is "effect" ? Keyword.Effect : symbol is "export" ? Keyword.Export : Keyword.None,
            's' => symbol is "spec:contract" ? Keyword.Contract : Keyword.None,
            ':' => symbol.Length == 1 ? Keyword.Ascription : Keyword.None,
            _ => Keyword.None,
        };
    }

    /// <summary>The source spelling of a keyword.</summary>
    public static string GetText(Keyword keyword) => keyword switch
    {
        Keyword.Lambda => "lambda",
        Keyword.Let => "let",
        Keyword.Letrec => "letrec",
        Keyword.Define => "define",
        Keyword.If => "if",
        Keyword.Do => "do",
        Keyword.And => "and",
        Keyword.Or => "or",
        Keyword.Match => "match",
        Keyword.Data => "data",
        Keyword.Handler => "handler",
        Keyword.Effect => "effect",
        Keyword.Module => "module",
        Keyword.Import => "import",
        Keyword.Export => "export",
        Keyword.Contract => "spec:contract",
        Keyword.Ascription => ":",
        _ => "",
    };

    /// <summary>True for the delimiters of LANGUAGE.md §2: whitespace, <c>( ) [ ] " ; ,</c>.</summary>
    public static bool IsDelimiter(char c) => CharFacts.IsDelimiter(c);

    /// <summary>
    /// True when <paramref name="text"/> ends inside an open bracket or an unterminated string: the REPL then
    /// asks for another line. Text with a stray closer is complete (submitting it shows the error).
    /// </summary>
    public static bool IsIncompleteSubmission(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexer = new Lexer(new SourceText(text));
        int depth = 0;
        while (true)
        {
            lexer.Scan();
            switch (lexer.Kind)
            {
                case SyntaxKind.EndOfFile:
                    return depth > 0 || lexer.HitUnterminatedString;
                case SyntaxKind.OpenParen:
                case SyntaxKind.OpenBracket:
                    depth++;
                    break;
                case SyntaxKind.CloseParen:
                case SyntaxKind.CloseBracket:
                    if (--depth < 0)
                    {
                        return false;
                    }

                    break;
            }
        }
    }
}
