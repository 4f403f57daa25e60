using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Diagnostics;

/// <summary>A problem found in source: data only; formatting happens at the edge (<see cref="DiagnosticFormatter"/>).</summary>
public sealed record Diagnostic(DiagnosticCode Code, DiagnosticSeverity Severity, SourceText Source, TextSpan Span, string Message)
{
    public SourceLocation Location => Source.GetLocation(Span.Start);

    public string Id => DiagnosticCodes.Format(Code);

    public override string ToString() => DiagnosticFormatter.Format(this);
}
