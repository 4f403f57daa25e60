namespace FluentAI.Cli;

/// <summary>
/// Decides whether REPL input is a complete submission: every <c>(</c>/<c>[</c> closed and no string left
/// open, ignoring brackets inside strings and <c>;</c> comments. Too many closers count as complete, so the
/// parser reports them instead of the REPL waiting forever.
/// </summary>
public static class InputBalance
{
    /// <summary>How many brackets are still open at the end of <paramref name="text"/> (negative: more closers than openers).</summary>
    public static int OpenBrackets(string text, out bool inString)
    {
        int depth = 0;
        inString = false;
        bool inComment = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inComment)
            {
                inComment = c != '\n';
            }
            else if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else
            {
                switch (c)
                {
                    case ';':
                        inComment = true;
                        break;
                    case '"':
                        inString = true;
                        break;
                    case '(' or '[':
                        depth++;
                        break;
                    case ')' or ']':
                        depth--;
                        if (depth < 0)
                        {
                            return depth;
                        }

                        break;
                }
            }
        }

        return depth;
    }

    /// <summary>Whether <paramref name="text"/> can be submitted: no bracket and no string left open.</summary>
    public static bool IsComplete(string text) => OpenBrackets(text, out bool inString) <= 0 && !inString;
}
