using System.Diagnostics.CodeAnalysis;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>
/// Every builtin of LANGUAGE.md §11 and every effect operation of §7, by name. The functions are
/// stateless singletons: per-run state lives in <see cref="Effects.FluentContext.Current"/>.
/// </summary>
public static class BuiltinRegistry
{
    // A plain dictionary, not a FrozenDictionary: freezing analyses the keys, which costs every process's first
    // eval more (about a millisecond) than it ever saves on the few lookups binding makes.
    private static readonly Dictionary<string, FunctionValue> Table = Build();

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

    private static Dictionary<string, FunctionValue> Build()
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
        return table.Functions;
    }
}
