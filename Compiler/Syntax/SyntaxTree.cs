using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>The result of parsing one file: the tree (always present, with error nodes where it recovered) and its diagnostics.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText source, CompilationUnitSyntax root, IReadOnlyList<Diagnostic> diagnostics)
    {
        Source = source;
        Root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Source { get; }

    public CompilationUnitSyntax Root { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => DiagnosticList.HasErrors(Diagnostics);

    public static SyntaxTree Parse(SourceText source)
    {
        var parser = new Parser(source);
        CompilationUnitSyntax root = parser.ParseCompilationUnit();
        return new SyntaxTree(source, root, parser.Diagnostics);
    }

    public static SyntaxTree Parse(string text, string path = "<input>") => Parse(new SourceText(text, path));
}
