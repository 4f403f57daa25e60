using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Text;

namespace FluentAI.Cli;

/// <summary>The outcome of loading a source file: the text, or the FL09xx diagnostic that explains why not.</summary>
internal readonly record struct LoadResult(SourceText? Source, Diagnostic? Error)
{
    public bool Succeeded => Source is not null;
}
