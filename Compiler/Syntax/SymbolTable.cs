using System.Numerics;

namespace FluentAI.Compiler.Syntax;

/// <summary>
/// Interns symbol names so that a name repeated in one file allocates one string. Common names
/// (keywords, frequent builtins) come from a shared table; other names go into a small per-parse
/// open-addressing table that is created on first use. A mutable struct: keep it in a field, never copy it.
/// </summary>
internal struct SymbolTable
{
    private static readonly string[] s_common =
    [
        "lambda", "let", "letrec", "define", "if", "do", "and", "or", "match", "data", "handler", "effect",
        "module", "import", "export", "spec:contract", ":", ":requires", ":ensures", "as", "*", "_", "...",
        "+", "-", "/", "mod", "==", "=", "!=", "<", ">", "<=", ">=", "not", "x", "y", "z", "n", "f", "g",
        "a", "b", "c", "i", "k", "v", "acc", "lst", "xs", "rest", "head", "tail", "cons", "empty?", "list",
        "length", "map", "filter", "fold", "append", "io:print", "print-line", "nth", "result", "err",
        "Int", "Float", "String", "Bool", "List", "Some", "None",
    ];

    private static readonly string?[] s_commonSlots = BuildCommon();

    /// <summary>The table never grows past this (64 KB, under the large-object threshold); beyond 3/4 full, new names are not interned.</summary>
    private const int MaxSlots = 1 << 13;

    private string?[]? _slots;
    private int _count;
    private int _initialSize;

    /// <summary>Sizes the table for a source of <paramref name="textLength"/> characters (one slot per 32 characters, at most <see cref="MaxSlots"/>).</summary>
    public SymbolTable(int textLength) =>
        _initialSize = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(textLength / 32, 64, MaxSlots));

    public string Intern(ReadOnlySpan<char> name)
    {
        int hash = Hash(name);
        string?[] common = s_commonSlots;
        int cmask = common.Length - 1;
        for (int i = hash & cmask; ; i = (i + 1) & cmask)
        {
            string? s = common[i];
            if (s is null)
            {
                break;
            }

            if (Equals(name, s))
            {
                return s;
            }
        }

        string?[] slots = _slots ??= new string?[Math.Max(_initialSize, 64)];
        int mask = slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            string? s = slots[i];
            if (s is null)
            {
                string created = name.ToString();
                if (slots.Length < MaxSlots || _count < MaxSlots / 4 * 3)
                {
                    slots[i] = created;
                    if (++_count * 2 > slots.Length && slots.Length < MaxSlots)
                    {
                        Grow();
                    }
                }

                return created;
            }

            if (Equals(name, s))
            {
                return s;
            }
        }
    }

    /// <summary>Span equality with the length and first character checked inline (most probes differ there).</summary>
    private static bool Equals(ReadOnlySpan<char> name, string s) =>
        name.Length == s.Length && (name.Length == 0 || (name[0] == s[0] && (name.Length == 1 || name.SequenceEqual(s))));

    private static int Hash(ReadOnlySpan<char> name)
    {
        uint h = 2166136261;
        foreach (char c in name)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h ^ (h >> 15));
    }

    private static string?[] BuildCommon()
    {
        var slots = new string?[256];
        foreach (string s in s_common)
        {
            Insert(slots, s);
        }

        return slots;
    }

    private static void Insert(string?[] slots, string s)
    {
        int mask = slots.Length - 1;
        int i = Hash(s) & mask;
        while (slots[i] is not null)
        {
            i = (i + 1) & mask;
        }

        slots[i] = s;
    }

    private void Grow()
    {
        string?[] old = _slots!;
        var bigger = new string?[old.Length * 2];
        foreach (string? s in old)
        {
            if (s is not null)
            {
                Insert(bigger, s);
            }
        }

        _slots = bigger;
    }
}
