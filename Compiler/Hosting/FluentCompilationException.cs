using FluentAI.Compiler.Diagnostics;

namespace FluentAI.Compiler.Hosting;

/// <summary>Source that did not compile; <see cref="Diagnostics"/> holds every error, each with file, line and column.</summary>
public sealed class FluentCompilationException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(diagnostics.Count > 0 ? diagnostics[0].ToString() : "compilation failed")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
