using System.Text;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>String builtins. Lengths and indexes count Unicode code points, not UTF-16 units.</summary>
internal static class StringBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("string-length", 1, a => RuntimeOps.Box(CodePointCount(Arg.Str(a[0]))));
        t.Add("concat", 2, a => a[0] is FluentList l ? ListBuiltins.Concat(l, Arg.List(a[1])) : string.Concat(Arg.Str(a[0]), Arg.Str(a[1])));
        t.Add("string-concat", 2, a => string.Concat(Arg.Str(a[0]), Arg.Str(a[1])));
        t.Add("string-append", 0, -1, Append);
        t.Add("substring", 3, a => Substring(Arg.Str(a[0]), a[1], a[2]));
        t.Add("string-ref", 2, a => StringRef(Arg.Str(a[0]), a[1]));
        t.Add("string-split", 2, a => Split(Arg.Str(a[0]), Arg.Str(a[1])));
        t.Add("string-join", 2, a => Join(Arg.Str(a[0]), Arg.List(a[1])));
        t.Add("string-trim", 1, a => Arg.Str(a[0]).Trim());
        t.Add("string-upcase", 1, a => Arg.Str(a[0]).ToUpperInvariant());
        t.Add("string-downcase", 1, a => Arg.Str(a[0]).ToLowerInvariant());
        t.Add("string-contains?", 2, a => RuntimeOps.Bool(Arg.Str(a[0]).Contains(Arg.Str(a[1]), StringComparison.Ordinal)));
        t.Add("string-starts-with?", 2, a => RuntimeOps.Bool(Arg.Str(a[0]).StartsWith(Arg.Str(a[1]), StringComparison.Ordinal)));
        t.Add("string-ends-with?", 2, a => RuntimeOps.Bool(Arg.Str(a[0]).EndsWith(Arg.Str(a[1]), StringComparison.Ordinal)));
        t.Add("string-replace", 3, a => Replace(Arg.Str(a[0]), Arg.Str(a[1]), Arg.Str(a[2])));
        t.Add("string->list", 1, a => FluentList.FromEnumerable(CodePoints(Arg.Str(a[0]))));
        t.Add("list->string", 1, a => Join(string.Empty, Arg.List(a[0])));
        t.Add("char->int", 1, a => CharToInt(Arg.Str(a[0])));
        t.Add("int->char", 1, a => IntToChar(a[0]));
    }

    private static bool HasSurrogates(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    internal static int CodePointCount(string s)
    {
        if (!HasSurrogates(s))
        {
            return s.Length;
        }

        int count = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!(char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The code points of a string, each as a string (a lone surrogate is one element).</summary>
    internal static IEnumerable<object?> CodePoints(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return s.Substring(i, 2);
                i++;
            }
            else
            {
                yield return s[i].ToString();
            }
        }
    }

    /// <summary>The UTF-16 offset of code point <paramref name="index"/> (0 ≤ index ≤ count).</summary>
    private static int Offset(string s, int index)
    {
        int offset = 0;
        for (int cp = 0; cp < index; cp++)
        {
            offset += char.IsHighSurrogate(s[offset]) && offset + 1 < s.Length && char.IsLowSurrogate(s[offset + 1]) ? 2 : 1;
        }

        return offset;
    }

    internal static string Reverse(string s)
    {
        var parts = CodePoints(s).Cast<string>().Reverse();
        return string.Concat(parts);
    }

    private static string Append(ReadOnlySpan<object?> a)
    {
        var sb = new StringBuilder();
        foreach (var item in a)
        {
            if (item is string s)
            {
                sb.Append(s);
            }
            else
            {
                Printer.Append(sb, item);
            }
        }

        return sb.ToString();
    }

    private static string Substring(string s, object? startArg, object? endArg)
    {
        long start = Arg.Long(startArg);
        long end = Arg.Long(endArg);
        int count = CodePointCount(s);
        if (start < 0 || end > count || start > end)
        {
            throw RuntimeErrors.IndexOutOfBounds($"Invalid substring indices: {start}, {end} (length {count})");
        }

        if (count == s.Length)
        {
            return s.Substring((int)start, (int)(end - start));
        }

        int from = Offset(s, (int)start);
        int to = Offset(s, (int)end);
        return s[from..to];
    }

    private static string StringRef(string s, object? indexArg)
    {
        int count = CodePointCount(s);
        int i = Arg.Index(indexArg, count);
        if (count == s.Length)
        {
            return s[i].ToString();
        }

        int from = Offset(s, i);
        return s.Substring(from, Offset(s, i + 1) - from);
    }

    private static FluentList Split(string s, string delimiter)
    {
        if (delimiter.Length == 0)
        {
            return FluentList.FromEnumerable(CodePoints(s));
        }

        var parts = s.Split(delimiter, StringSplitOptions.None);
        return FluentList.FromEnumerable(parts);
    }

    // Elements that are not strings are displayed.
    internal static string Join(string delimiter, FluentList list)
    {
        if (list.IsEmpty)
        {
            return "";
        }

        // A list of strings (the common case) is copied once into a string of the exact length.
        long length = (long)delimiter.Length * (list.Count - 1);
        foreach (var item in list)
        {
            if (item is not string text)
            {
                return JoinDisplayed(delimiter, list);
            }

            length += text.Length;
        }

        if (length > Array.MaxLength)
        {
            return JoinDisplayed(delimiter, list); // StringBuilder reports the size error
        }

        return string.Create((int)length, (delimiter, list), static (span, state) =>
        {
            (string delimiter, FluentList list) = state;
            int at = 0;
            bool first = true;
            foreach (var item in list)
            {
                if (!first)
                {
                    CopyText(delimiter, span, at);
                    at += delimiter.Length;
                }

                first = false;
                var text = (string)item!;
                CopyText(text, span, at);
                at += text.Length;
            }
        });
    }

    /// <summary>Copies <paramref name="text"/> into <paramref name="span"/> at <paramref name="at"/>: short texts (a delimiter, the numbers and words joins mostly see) char by char, which beats a call to the block copy.</summary>
    private static void CopyText(string text, Span<char> span, int at)
    {
        if (text.Length <= 8)
        {
            Span<char> target = span.Slice(at, text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                target[i] = text[i];
            }
        }
        else
        {
            text.CopyTo(span[at..]);
        }
    }

    private static string JoinDisplayed(string delimiter, FluentList list)
    {
        var sb = new StringBuilder();
        bool first = true;
        foreach (var item in list)
        {
            if (!first)
            {
                sb.Append(delimiter);
            }

            first = false;
            if (item is string s)
            {
                sb.Append(s);
            }
            else
            {
                Printer.Append(sb, item);
            }
        }

        return sb.ToString();
    }

    private static string Replace(string s, string old, string replacement) =>
        old.Length == 0 ? s : s.Replace(old, replacement, StringComparison.Ordinal);

    private static object CharToInt(string s)
    {
        if (s.Length == 0)
        {
            throw RuntimeErrors.Domain("char->int of an empty string");
        }

        bool pair = s.Length > 1 && char.IsHighSurrogate(s[0]) && char.IsLowSurrogate(s[1]);
        return RuntimeOps.Box(pair ? char.ConvertToUtf32(s[0], s[1]) : s[0]);
    }

    private static string IntToChar(object? v)
    {
        long code = Arg.Long(v);
        if (code < 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        {
            throw RuntimeErrors.Domain($"{code} is not a Unicode code point");
        }

        return char.ConvertFromUtf32((int)code);
    }
}
