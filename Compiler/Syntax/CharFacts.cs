namespace FluentAI.Compiler.Syntax;

/// <summary>Character classes of LANGUAGE.md §2, table-driven for ASCII.</summary>
internal static class CharFacts
{
    // 1 = whitespace, 2 = other delimiter.
    private static readonly byte[] s_ascii = Build();

    public static bool IsDelimiter(char c) => c < 128 ? s_ascii[c] != 0 : char.IsWhiteSpace(c);

    public static bool IsWhitespace(char c) => c < 128 ? s_ascii[c] == 1 : char.IsWhiteSpace(c);

    private static byte[] Build()
    {
        var table = new byte[128];
        foreach (char c in " \t\n\r\f\v")
        {
            table[c] = 1;
        }

        foreach (char c in "()[]\";,")
        {
            table[c] = 2;
        }

        return table;
    }
}
