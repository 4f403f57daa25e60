using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>The table the builtin families fill while <see cref="BuiltinRegistry"/> is initialized.</summary>
internal sealed class BuiltinTable
{
    public Dictionary<string, FunctionValue> Functions { get; } = new(StringComparer.Ordinal);

    public void Add(string name, int minArity, int maxArity, BuiltinBody body) =>
        Functions.Add(name, new BuiltinFunction(name, minArity, maxArity, body));

    public void Add(string name, int arity, BuiltinBody body) => Add(name, arity, arity, body);

    public void Alias(string alias, string name) => Functions.Add(alias, Functions[name]);
}
