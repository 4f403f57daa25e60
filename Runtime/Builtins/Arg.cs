using System.Numerics;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>Argument checks shared by the builtins: each returns the typed value or raises a type mismatch.</summary>
internal static class Arg
{
    public static FluentList List(object? v) => v as FluentList ?? throw RuntimeErrors.TypeMismatch("List", v);

    public static string Str(object? v) => v as string ?? throw RuntimeErrors.TypeMismatch("String", v);

    public static FunctionValue Fn(object? v) => v as FunctionValue ?? throw RuntimeErrors.TypeMismatch("Function", v);

    public static FluentTuple Tuple(object? v) => v as FluentTuple ?? throw RuntimeErrors.TypeMismatch("Tuple", v);

    public static FluentDict Dict(object? v) => v as FluentDict ?? throw RuntimeErrors.TypeMismatch("Dict", v);

    public static FluentSet Set(object? v) => v as FluentSet ?? throw RuntimeErrors.TypeMismatch("Set", v);

    public static ErrorValue Error(object? v) => v as ErrorValue ?? throw RuntimeErrors.TypeMismatch("Error", v);

    public static object Number(object? v) => RuntimeOps.IsNumber(v) ? v! : throw RuntimeErrors.TypeMismatch("Number", v);

    public static double Double(object? v) => RuntimeOps.ToDouble(v);

    public static object Integer(object? v) => v is long or BigInteger ? v : throw RuntimeErrors.TypeMismatch("Int", v);

    /// <summary>An integer argument used as a count or index: a long (a BigInteger is out of any range).</summary>
    public static long Long(object? v) => v switch
    {
        long l => l,
        BigInteger b => b.Sign < 0 ? long.MinValue : long.MaxValue,
        _ => throw RuntimeErrors.TypeMismatch("Int", v),
    };

    /// <summary>A count: negative counts are zero, huge ones int.MaxValue.</summary>
    public static int Count(object? v)
    {
        long l = Long(v);
        return l < 0 ? 0 : l > int.MaxValue ? int.MaxValue : (int)l;
    }

    /// <summary>A 0-based index into a sequence of <paramref name="length"/> elements.</summary>
    public static int Index(object? v, int length)
    {
        long l = Long(v);
        if (l < 0 || l >= length)
        {
            throw RuntimeErrors.IndexOutOfBounds(v, length);
        }

        return (int)l;
    }
}
