using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Diagnostics;

/// <summary>Collects diagnostics during one phase; <see cref="HasErrors"/> decides whether later phases run.</summary>
public sealed class DiagnosticBag
{
    private List<Diagnostic>? _items; // created by the first diagnostic: most compilations have none

    public IReadOnlyList<Diagnostic> Items => _items ?? (IReadOnlyList<Diagnostic>)[];

    public bool HasErrors => _items is not null && _items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public void Report(DiagnosticCode code, SourceText source, TextSpan span, string message) =>
        (_items ??= []).Add(new Diagnostic(code, DiagnosticCodes.SeverityOf(code), source, span, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => (_items ??= []).AddRange(diagnostics);
}
