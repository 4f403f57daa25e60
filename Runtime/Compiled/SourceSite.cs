using System.Globalization;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// A place in FluentAI source that compiled code can fail at: the runtime helpers of
/// <see cref="CompiledOps"/> receive it on their slow paths and attach it to the error
/// (the innermost site wins), which gives <c>path(line,col): runtime error: ...</c>.
/// </summary>
public sealed class SourceSite(string path, int line, int column, string function)
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The FluentAI function the site is in (<c>&lt;top&gt;</c> for a top-level form).</summary>
    public string Function { get; } = function;

    /// <summary><c>path(line,col)</c>, the diagnostic form.</summary>
    public string Position => $"{Path}({Line},{Column})";

    /// <summary>A FluentAI trace line, as the VM prints them.</summary>
    public string TraceLine => $"at {Function} ({Path}:{Line}:{Column})";

    public override string ToString() => Position;

    /// <summary>
    /// The sites of one source file from their compact form in a built assembly: one entry per line,
    /// <c>line TAB column TAB function</c> (FluentAI names never contain whitespace).
    /// </summary>
    public static SourceSite[] Table(string path, string entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Length == 0)
        {
            return [];
        }

        string[] lines = entries.Split('\n');
        var sites = new SourceSite[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            string[] parts = lines[i].Split('\t', 3);
            sites[i] = new SourceSite(path, int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]);
        }

        return sites;
    }
}
