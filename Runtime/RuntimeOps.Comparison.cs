using System.Numerics;
using System.Runtime.CompilerServices;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime;

/// <summary>Structural equality and ordering.</summary>
public static partial class RuntimeOps
{
    /// <summary>
    /// <c>==</c>: structural and deep; numbers compare by exact value across int/float/BigInteger
    /// (<c>(== 1 1.0)</c>); values of different kinds are unequal; functions only equal themselves.
    /// </summary>
    public static bool Equal(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            // NaN is the one value unequal to itself.
            return a is not double d || !double.IsNaN(d);
        }

        return a switch
        {
            null => false,
            long x => b switch
            {
                long y => x == y,
                double y => CompareNumbers(a, y) == 0,
                _ => false, // a normalized BigInteger never equals a long
            },
            double x => b switch
            {
                double y => x == y,
                long or BigInteger => CompareNumbers(b, x) == 0,
                _ => false,
            },
            BigInteger x => b switch
            {
                BigInteger y => x == y,
                double y => CompareNumbers(a, y) == 0,
                _ => false,
            },
            bool x => b is bool y && x == y,
            string x => b is string y && string.Equals(x, y, StringComparison.Ordinal),
            FluentList x => b is FluentList y && ListsEqual(x, y),
            FluentTuple x => b is FluentTuple y && ArraysEqual(x.Items, y.Items),
            DataValue x => b is DataValue y && string.Equals(x.Constructor, y.Constructor, StringComparison.Ordinal)
                && DataFieldsEqual(x, y),
            FluentDict x => b is FluentDict y && DictsEqual(x, y),
            FluentSet x => b is FluentSet y && SetsEqual(x, y),
            ErrorValue x => b is ErrorValue y && x.Type == y.Type && x.Message == y.Message && x.HasData == y.HasData
                && Equal(x.Data, y.Data),
            _ => false, // functions and foreign objects: by reference only (handled above)
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return x < y;
        }

        int? c = Compare(a, b);
        return c is < 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessEqual(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return x <= y;
        }

        int? c = Compare(a, b);
        return c is <= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return x > y;
        }

        int? c = Compare(a, b);
        return c is > 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterEqual(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return x >= y;
        }

        int? c = Compare(a, b);
        return c is >= 0;
    }

    /// <summary>
    /// Three-way ordering of numbers (mixed), strings (ordinal by code point) and lists (lexicographic);
    /// null when the values are unordered (a NaN is involved). Other kinds: "Type mismatch".
    /// </summary>
    public static int? Compare(object? a, object? b)
    {
        if (IsNumber(a))
        {
            if (!IsNumber(b))
            {
                throw RuntimeErrors.TypeMismatch("Number", b);
            }

            return CompareNumbers(a, b);
        }

        if (a is string sa)
        {
            if (b is not string sb)
            {
                throw RuntimeErrors.TypeMismatch("String", b);
            }

            // Ordinal UTF-16 comparison is not code point order for surrogates; compare by code point.
            return CompareCodePoints(sa, sb);
        }

        if (a is FluentList la)
        {
            if (b is not FluentList lb)
            {
                throw RuntimeErrors.TypeMismatch("List", b);
            }

            StackGuard.Check();
            var ea = la.GetEnumerator();
            var eb = lb.GetEnumerator();
            while (true)
            {
                bool hasA = ea.MoveNext();
                bool hasB = eb.MoveNext();
                if (!hasA || !hasB)
                {
                    return hasA == hasB ? 0 : (hasA ? 1 : -1);
                }

                int? c = Compare(ea.Current, eb.Current);
                if (c != 0)
                {
                    return c;
                }
            }
        }

        throw RuntimeErrors.TypeMismatch("Number, String or List", a);
    }

    /// <summary>Exact comparison of two numbers; null when a NaN is involved.</summary>
    internal static int? CompareNumbers(object? a, object? b)
    {
        switch (a)
        {
            case long x when b is long y:
                return x.CompareTo(y);
            case double x when b is double y:
                return double.IsNaN(x) || double.IsNaN(y) ? null : x.CompareTo(y);
            case double x:
                return -CompareIntDouble(b, x);
            default:
                if (b is double dy)
                {
                    return CompareIntDouble(a, dy);
                }

                return ToBig(a).CompareTo(ToBig(b));
        }
    }

    /// <summary>Compares an integer with a double exactly (no rounding of large integers).</summary>
    private static int? CompareIntDouble(object? integer, double d)
    {
        if (double.IsNaN(d))
        {
            return null;
        }

        if (integer is long l && l > -(1L << 53) && l < (1L << 53))
        {
            return ((double)l).CompareTo(d);
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? -1 : 1;
        }

        double floor = Math.Floor(d);
        int c = ToBig(integer).CompareTo(new BigInteger(floor));
        if (c != 0)
        {
            return c;
        }

        return d > floor ? -1 : 0;
    }

    private static int CompareCodePoints(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char ca = a[i];
            char cb = b[i];
            if (ca != cb)
            {
                // Surrogates (0xD800-0xDFFF) encode code points above every BMP char.
                bool sa = char.IsSurrogate(ca);
                bool sb = char.IsSurrogate(cb);
                if (sa != sb)
                {
                    return sa ? 1 : -1;
                }

                return ca.CompareTo(cb);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static readonly Func<object?, object?, bool> ElementsEqual = Equal;

    private static bool ListsEqual(FluentList x, FluentList y)
    {
        StackGuard.Check();
        return FluentList.SequenceEqual(x, y, ElementsEqual);
    }

    private static bool ArraysEqual(ReadOnlySpan<object?> x, ReadOnlySpan<object?> y)
    {
        StackGuard.Check();
        if (x.Length != y.Length)
        {
            return false;
        }

        for (int i = 0; i < x.Length; i++)
        {
            if (!Equal(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Field by field, without copying the fields of a value that holds one unboxed.</summary>
    private static bool DataFieldsEqual(DataValue x, DataValue y)
    {
        StackGuard.Check();
        if (x.FieldCount != y.FieldCount)
        {
            return false;
        }

        for (int i = 0; i < x.FieldCount; i++)
        {
            if (!Equal(x.Field(i), y.Field(i)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool DictsEqual(FluentDict x, FluentDict y)
    {
        StackGuard.Check();
        if (x.Count != y.Count)
        {
            return false;
        }

        foreach (var pair in x)
        {
            if (!y.TryGetValue(pair.Key, out var other) || !Equal(pair.Value, other))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SetsEqual(FluentSet x, FluentSet y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        foreach (var item in x)
        {
            if (!y.Contains(item))
            {
                return false;
            }
        }

        return true;
    }
}
