namespace FluentAI.Compiler.Diagnostics;

/// <summary>Formats diagnostics as <c>path(line,col): error FL0102: message</c>, the form MSBuild and editors understand.</summary>
public static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        string severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{diagnostic.Source.Path}({location.Line},{location.Column}): {severity} {diagnostic.Id}: {diagnostic.Message}";
    }
}
