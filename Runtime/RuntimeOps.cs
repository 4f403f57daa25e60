using System.Numerics;
using System.Runtime.CompilerServices;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime;

/// <summary>
/// The hot-path operations the engines call directly (dedicated VM opcodes, emitted IL): boxing,
/// arithmetic, equality, ordering and truthiness on plain <c>object?</c> values.
/// This part: boxes and truthiness. Arithmetic and comparison live in the other parts.
/// </summary>
public static partial class RuntimeOps
{
    private const long CacheMin = -1024;
    private const long CacheMax = 1023;

    private static readonly object[] SmallInts = CreateSmallInts();

    public static readonly object True = true;

    public static readonly object False = false;

    /// <summary>Boxes an integer, sharing boxes for -1024..1023.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Box(long value)
    {
        ulong index = (ulong)(value - CacheMin);
        return index <= CacheMax - CacheMin ? SmallInts[index] : value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Bool(bool value) => value ? True : False;

    /// <summary>Integer result of BigInteger arithmetic: a <c>long</c> when it fits, else the BigInteger.</summary>
    public static object Normalize(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? Box((long)value) : value;

    /// <summary>Truthiness of LANGUAGE.md §5: #f, nil, 0, 0.0, "", [] and empty tuple/dict/set are false.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        double d => d != 0.0,
        string s => s.Length != 0,
        FluentList list => !list.IsEmpty,
        FluentTuple tuple => tuple.Items.Length != 0,
        FluentDict dict => !dict.IsEmpty,
        FluentSet set => !set.IsEmpty,
        _ => true, // BigInteger values are never zero (they are normalized), functions, data, errors.
    };

    /// <summary>Whether the value is an integer (<c>long</c> or BigInteger).</summary>
    public static bool IsInteger(object? value) => value is long or BigInteger;

    /// <summary>Whether the value is a number (integer or float); booleans are not numbers.</summary>
    public static bool IsNumber(object? value) => value is long or double or BigInteger;

    /// <summary>The numeric value as a double; raises a type mismatch for non-numbers.</summary>
    public static double ToDouble(object? value) => value switch
    {
        long l => l,
        double d => d,
        BigInteger b => (double)b,
        _ => throw Errors.RuntimeErrors.TypeMismatch("Number", value),
    };

    private static object[] CreateSmallInts()
    {
        var result = new object[CacheMax - CacheMin + 1];
        for (long i = CacheMin; i <= CacheMax; i++)
        {
            result[i - CacheMin] = i;
        }

        return result;
    }
}
