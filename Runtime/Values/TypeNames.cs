using System.Numerics;
using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime.Values;

/// <summary>The type names used in "Type mismatch: expected T, got V" messages.</summary>
public static class TypeNames
{
    public static string Of(object? value) => value switch
    {
        null => "Nil",
        long or BigInteger => "Int",
        double => "Float",
        bool => "Bool",
        string => "String",
        FluentList => "List",
        FluentTuple => "Tuple",
        FluentDict => "Dict",
        FluentSet => "Set",
        FunctionValue => "Function",
        DataValue data => data.Constructor,
        ErrorValue => "Error",
        _ => value.GetType().Name,
    };
}
