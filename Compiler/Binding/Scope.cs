using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Binding;

/// <summary>
/// One lexical scope: the parameters of a lambda, the bindings of a let, or a match clause.
/// <see cref="DirectLimit"/> implements the letrec* rule of LANGUAGE.md §4: while initializer i of a
/// let is bound, code of the same function sees only bindings 0..i-1 of that let; code inside a lambda
/// sees them all.
/// </summary>
internal sealed class Scope(Scope? parent, FunctionInfo function)
{
    private readonly List<(string Name, LocalVariable Variable)> _entries = [];

    public Scope? Parent { get; } = parent;

    public FunctionInfo Function { get; } = function;

    public int DirectLimit { get; set; } = int.MaxValue;

    public void Add(string name, LocalVariable variable) => _entries.Add((name, variable));

    public LocalVariable? Lookup(string name, FunctionInfo from)
    {
        for (Scope? scope = this; scope is not null; scope = scope.Parent)
        {
            int limit = scope.Function == from ? Math.Min(scope.DirectLimit, scope._entries.Count) : scope._entries.Count;
            for (int i = limit - 1; i >= 0; i--)
            {
                if (scope._entries[i].Name == name)
                {
                    return scope._entries[i].Variable;
                }
            }
        }

        return null;
    }
}
