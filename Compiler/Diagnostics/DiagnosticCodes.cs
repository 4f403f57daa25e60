namespace FluentAI.Compiler.Diagnostics;

public static class DiagnosticCodes
{
    /// <summary>The printed id of a code: <c>FL0102</c>.</summary>
    public static string Format(DiagnosticCode code) => $"FL{(int)code:D4}";

    /// <summary>Every code in use is an error today; warnings get their own codes when they exist.</summary>
    public static DiagnosticSeverity SeverityOf(DiagnosticCode code) => DiagnosticSeverity.Error;
}
