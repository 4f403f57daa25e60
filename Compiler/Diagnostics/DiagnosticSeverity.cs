namespace FluentAI.Compiler.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
