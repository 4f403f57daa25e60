using System.Collections.Immutable;
using FluentAI.Compiler.Diagnostics;

namespace FluentAI.Compiler.Ir;

/// <summary>A bound file: its top-level forms in order, or the diagnostics that stop it from running.</summary>
public sealed record BoundProgram(ImmutableArray<TopLevelForm> Forms, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => DiagnosticList.HasErrors(Diagnostics);
}
