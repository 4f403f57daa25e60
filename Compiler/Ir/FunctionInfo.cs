using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Ir;

/// <summary>
/// A function being bound: a lambda, or the implicit function of a top-level form. Holds its frame
/// layout (parameters, then locals) and the outer variables it captures, in capture-index order.
/// </summary>
public sealed class FunctionInfo(string name, FunctionInfo? parent, SourceText source, TextSpan span)
{
    private List<LocalVariable>? _locals; // both created on first use: a top-level form often has neither
    private List<LocalVariable>? _captures;

    public string Name { get; set; } = name;

    public FunctionInfo? Parent { get; } = parent;

    public SourceText Source { get; } = source;

    public TextSpan Span { get; } = span;

    public int ParameterCount { get; private set; }

    public IReadOnlyList<LocalVariable> Locals => _locals ?? (IReadOnlyList<LocalVariable>)[];

    /// <summary><c>Locals.Count</c> without the interface call.</summary>
    internal int LocalCount => _locals?.Count ?? 0;

    public IReadOnlyList<LocalVariable> Captures => _captures ?? (IReadOnlyList<LocalVariable>)[];

    public LocalVariable AddParameter(string name)
    {
        LocalVariable variable = AddLocal(name);
        ParameterCount++;
        return variable;
    }

    public LocalVariable AddLocal(string name)
    {
        _locals ??= [];
        var variable = new LocalVariable(name, this, _locals.Count);
        _locals.Add(variable);
        return variable;
    }

    /// <summary>The capture index of an outer variable, adding it (and to every function in between) on first use.</summary>
    public int CaptureIndex(LocalVariable variable)
    {
        _captures ??= [];
        int index = _captures.IndexOf(variable);
        if (index >= 0)
        {
            return index;
        }

        variable.IsCaptured = true;
        if (Parent is not null && variable.Owner != Parent)
        {
            Parent.CaptureIndex(variable);
        }

        _captures.Add(variable);
        return _captures.Count - 1;
    }
}
