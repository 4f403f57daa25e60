namespace FluentAI.Compiler.Text;

/// <summary>A 1-based line and column (columns count UTF-16 code units, as editors and MSBuild do).</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => $"({Line},{Column})";
}
