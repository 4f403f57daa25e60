using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>Facts about the lexical and special-form syntax that tools (REPL, editors) also need.</summary>
public static class SyntaxFacts
{
    /// <summary>The special form a head symbol names, or <see cref="Keyword.None"/>.</summary>
    public static Keyword GetKeyword(ReadOnlySpan<char> symbol) => symbol switch
    {
        "lambda" => Keyword.Lambda,
        "let" => Keyword.Let,
        "letrec" => Keyword.Letrec,
        "define" => Keyword.Define,
        "if" => Keyword.If,
        "do" => Keyword.Do,
        "and" => Keyword.And,
        "or" => Keyword.Or,
        "match" => Keyword.Match,
        "data" => Keyword.Data,
        "handler" => Keyword.Handler,
        "effect" => Keyword.Effect,
        "module" => Keyword.Module,
        "import" => Keyword.Import,
        "export" => Keyword.Export,
        "spec:contract" => Keyword.Contract,
        ":" => Keyword.Ascription,
        _ => Keyword.None,
    };

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
