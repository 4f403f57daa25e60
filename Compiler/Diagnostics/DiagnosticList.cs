namespace FluentAI.Compiler.Diagnostics;

/// <summary>Questions about a finished list of diagnostics.</summary>
internal static class DiagnosticList
{
    /// <summary>Whether any diagnostic is an error (a plain loop: this runs on every compilation).</summary>
    public static bool HasErrors(IReadOnlyList<Diagnostic> diagnostics)
    {
        for (int i = 0; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
