using System.Numerics;
using System.Runtime.CompilerServices;
using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime.Values;

/// <summary>
/// Equality and hashing with the meaning of <c>==</c>: structural and deep, numbers by value
/// (<c>1</c>, <c>1.0</c> and a BigInteger of the same value hash alike), functions by reference.
/// Used for dict and set keys, the state store and <c>memoize</c>.
/// </summary>
public sealed class StructuralComparer : IEqualityComparer<object?>
{
    public static StructuralComparer Instance { get; } = new();

    private StructuralComparer()
    {
    }

    public new bool Equals(object? x, object? y) => RuntimeOps.Equal(x, y);

    public int GetHashCode(object? obj) => Hash(obj);

    /// <summary>The structural hash of a value.</summary>
    public static int Hash(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case long l:
                return l.GetHashCode();
            case double d:
                return HashDouble(d);
            case BigInteger b:
                return b.GetHashCode();
            case bool flag:
                return flag ? 0x5bd1e995 : 0x1b873593;
            case string s:
                return string.GetHashCode(s, StringComparison.Ordinal);
            case FluentList list:
            {
                StackGuard.Check();
                var h = new HashCode();
                h.Add(0x4c697374);
                foreach (var item in list)
                {
                    h.Add(Hash(item));
                }

                return h.ToHashCode();
            }

            case FluentTuple tuple:
                return HashArray(0x54757020, tuple.Items);
            case DataValue data:
                return HashFields(data);
            case FluentDict dict:
            {
                // Order-insensitive: equal dicts may have different insertion orders.
                int sum = 0x44696374;
                foreach (var pair in dict)
                {
                    sum += HashCode.Combine(Hash(pair.Key), Hash(pair.Value));
                }

                return sum;
            }

            case FluentSet set:
            {
                int sum = 0x53657420;
                foreach (var item in set)
                {
                    sum += Hash(item);
                }

                return sum;
            }

            case ErrorValue error:
                return HashCode.Combine(error.Type, error.Message, Hash(error.Data));
            default:
                return RuntimeHelpers.GetHashCode(value);
        }
    }

    private static int HashDouble(double d)
    {
        if (double.IsFinite(d) && Math.Floor(d) == d)
        {
            // Integral floats hash like the integer they equal.
            if (d >= -9.2233720368547758E18 && d < 9.2233720368547758E18)
            {
                return ((long)d).GetHashCode();
            }

            return new BigInteger(d).GetHashCode();
        }

        return d.GetHashCode();
    }

    /// <summary>A data value's hash, field by field: <see cref="DataValue.Fields"/> would copy the fields of a value that keeps them in fields of its own.</summary>
    private static int HashFields(DataValue data)
    {
        StackGuard.Check();
        var h = new HashCode();
        h.Add(string.GetHashCode(data.Constructor, StringComparison.Ordinal));
        for (int i = 0; i < data.FieldCount; i++)
        {
            h.Add(Hash(data.Field(i)));
        }

        return h.ToHashCode();
    }

    private static int HashArray(int seed, ReadOnlySpan<object?> items)
    {
        StackGuard.Check();
        var h = new HashCode();
        h.Add(seed);
        foreach (var item in items)
        {
            h.Add(Hash(item));
        }

        return h.ToHashCode();
    }
}
