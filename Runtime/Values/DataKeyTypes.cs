namespace FluentAI.Runtime.Values;

/// <summary>
/// The key type of a constructor: <see cref="DataKeyType{T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, TA, TB, TC, TD, TE, TF}"/>
/// over sixteen hexadecimal digit classes that spell a 64-bit FNV-1a hash of the name and arity. The hash
/// is the same in every process, so an assembly built by <c>fluentc build</c> names the same key type as
/// an engine that evaluates the same declaration (<see cref="DataKey.For"/> rejects two names that collide).
/// </summary>
public static class DataKeyTypes
{
    private static readonly Type[] Digits =
    [
        typeof(DataKeyDigit0), typeof(DataKeyDigit1), typeof(DataKeyDigit2), typeof(DataKeyDigit3),
        typeof(DataKeyDigit4), typeof(DataKeyDigit5), typeof(DataKeyDigit6), typeof(DataKeyDigit7),
        typeof(DataKeyDigit8), typeof(DataKeyDigit9), typeof(DataKeyDigitA), typeof(DataKeyDigitB),
        typeof(DataKeyDigitC), typeof(DataKeyDigitD), typeof(DataKeyDigitE), typeof(DataKeyDigitF),
    ];

    /// <summary>The key type of the constructor named <paramref name="name"/> with <paramref name="arity"/> fields.</summary>
    public static Type For(string name, int arity)
    {
        ArgumentNullException.ThrowIfNull(name);
        ulong hash = Hash(name, arity);
        var arguments = new Type[16];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Digits[(int)((hash >> (4 * i)) & 0xF)];
        }

        return typeof(DataKeyType<,,,,,,,,,,,,,,,>).MakeGenericType(arguments);
    }

    /// <summary>For a key type this process made, its constructor as <c>Name/arity</c> (listings); null for any other type.</summary>
    public static string? Describe(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(DataKeyType<,,,,,,,,,,,,,,,>) && DataKey.Find(type) is { } key
            ? key.Name + "/" + key.Arity
            : null;
    }

    /// <summary>FNV-1a over the name's UTF-16 code units, then the arity's four bytes.</summary>
    internal static ulong Hash(string name, int arity)
    {
        const ulong prime = 0x100000001b3;
        ulong hash = 0xcbf29ce484222325;
        foreach (char c in name)
        {
            hash = (hash ^ (byte)c) * prime;
            hash = (hash ^ (byte)(c >> 8)) * prime;
        }

        for (int shift = 0; shift < 32; shift += 8)
        {
            hash = (hash ^ (byte)(arity >> shift)) * prime;
        }

        return hash;
    }
}

/// <summary>A key type: never instantiated, only named by the shape classes of data values (see <see cref="DataKeyTypes"/>).</summary>
public sealed class DataKeyType<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, TA, TB, TC, TD, TE, TF>
{
    private DataKeyType()
    {
    }
}

public sealed class DataKeyDigit0 { private DataKeyDigit0() { } }

public sealed class DataKeyDigit1 { private DataKeyDigit1() { } }

public sealed class DataKeyDigit2 { private DataKeyDigit2() { } }

public sealed class DataKeyDigit3 { private DataKeyDigit3() { } }

public sealed class DataKeyDigit4 { private DataKeyDigit4() { } }

public sealed class DataKeyDigit5 { private DataKeyDigit5() { } }

public sealed class DataKeyDigit6 { private DataKeyDigit6() { } }

public sealed class DataKeyDigit7 { private DataKeyDigit7() { } }

public sealed class DataKeyDigit8 { private DataKeyDigit8() { } }

public sealed class DataKeyDigit9 { private DataKeyDigit9() { } }

public sealed class DataKeyDigitA { private DataKeyDigitA() { } }

public sealed class DataKeyDigitB { private DataKeyDigitB() { } }

public sealed class DataKeyDigitC { private DataKeyDigitC() { } }

public sealed class DataKeyDigitD { private DataKeyDigitD() { } }

public sealed class DataKeyDigitE { private DataKeyDigitE() { } }

public sealed class DataKeyDigitF { private DataKeyDigitF() { } }
