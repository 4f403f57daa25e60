using System.Text;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// FluentAI names as .NET names (LANGUAGE.md §10). Words are the runs of letters and digits (any other
/// character separates them: <c>math-utils</c>, <c>list->string</c>, <c>a_b</c>); members and classes
/// are PascalCase (<c>MathUtils</c>, <c>ListString</c>), parameters camelCase; a trailing <c>?</c> becomes
/// an <c>Is</c> prefix (<c>even?</c> is <c>IsEven</c>, <c>is-empty?</c> stays <c>IsEmpty</c>) and a trailing
/// <c>!</c> is dropped; a name that would start with a digit gets a <c>_</c>. A name with no letter or
/// digit (<c>+</c>) has no .NET name.
/// </summary>
public static class ClrNames
{
    /// <summary>The PascalCase name of a module (its class) or an export (its method or property); null when there is none.</summary>
    public static string? Pascal(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string stem = name.TrimEnd('!');
        bool predicate = stem.EndsWith('?');
        List<string> words = Words(stem.TrimEnd('?'));
        if (words.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (string word in words)
        {
            text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        string result = text.ToString();
        if (predicate && !(result.StartsWith("Is", StringComparison.Ordinal) && (result.Length == 2 || !char.IsLower(result[2]))))
        {
            result = "Is" + result;
        }

        return char.IsDigit(result[0]) ? "_" + result : result;
    }

    /// <summary>The camelCase name of a parameter; <c>arg</c> + its position when it has none.</summary>
    public static string Camel(string name, int position)
    {
        ArgumentNullException.ThrowIfNull(name);
        List<string> words = Words(name);
        if (words.Count == 0)
        {
            return "arg" + position;
        }

        var text = new StringBuilder();
        text.Append(char.ToLowerInvariant(words[0][0])).Append(words[0], 1, words[0].Length - 1);
        foreach (string word in words.Skip(1))
        {
            text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        string result = text.ToString();
        return char.IsDigit(result[0]) ? "_" + result : result;
    }

    /// <summary>Whether <paramref name="name"/> is a dotted sequence of identifiers (a namespace C# can write).</summary>
    public static bool IsNamespace(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Split('.').All(IsIdentifier);
    }

    private static bool IsIdentifier(string part) =>
        part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            bool inWord = i < name.Length && char.IsLetterOrDigit(name[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(name[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
