using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

// Placeholder replaced by the real parser in the next commit.
internal sealed class Parser(SourceText source)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = [];

    public CompilationUnitSyntax ParseCompilationUnit() => throw new NotImplementedException(source.Path);
}
