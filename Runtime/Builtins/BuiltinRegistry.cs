using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>
/// Every builtin of LANGUAGE.md §11 and every effect operation of §7, by name. The functions are
/// stateless singletons: per-run state lives in <see cref="Effects.FluentContext.Current"/>.
/// </summary>
public static class BuiltinRegistry
{
    private static readonly FrozenDictionary<string, FunctionValue> Table = Build();

    public static IReadOnlyCollection<string> Names => Table.Keys;

    public static bool TryGet(string name, [MaybeNullWhen(false)] out FunctionValue fn)
    {
        if (Table.TryGetValue(name, out var found))
        {
            fn = found;
            return true;
        }

        fn = null;
        return false;
    }

    public static bool Contains(string name) => Table.ContainsKey(name);

    private static FrozenDictionary<string, FunctionValue> Build()
    {
        var table = new BuiltinTable();
        ArithmeticBuiltins.Register(table);
        MathBuiltins.Register(table);
        CompareBuiltins.Register(table);
        PredicateBuiltins.Register(table);
        ListBuiltins.Register(table);
        HigherOrderBuiltins.Register(table);
        FunctionBuiltins.Register(table);
        StringBuiltins.Register(table);
        ConversionBuiltins.Register(table);
        TupleBuiltins.Register(table);
        DictBuiltins.Register(table);
        SetBuiltins.Register(table);
        QueueBuiltins.Register(table);
        EffectBuiltins.Register(table);
        return table.Functions.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
