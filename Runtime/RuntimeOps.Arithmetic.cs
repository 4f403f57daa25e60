using System.Numerics;
using System.Runtime.CompilerServices;
using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime;

/// <summary>Arithmetic: a fast path for two longs with overflow promotion to BigInteger, then the general case.</summary>
public static partial class RuntimeOps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Add(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            long r = unchecked(x + y);
            if (((x ^ r) & (y ^ r)) >= 0)
            {
                return Box(r);
            }

            return (BigInteger)x + y;
        }

        return AddSlow(a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Sub(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            long r = unchecked(x - y);
            if (((x ^ y) & (x ^ r)) >= 0)
            {
                return Box(r);
            }

            return (BigInteger)x - y;
        }

        return SubSlow(a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Mul(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            long high = Math.BigMul(x, y, out long low);
            if ((high == 0 && low >= 0) || (high == -1 && low < 0))
            {
                return Box(low);
            }

            return (BigInteger)x * y;
        }

        return MulSlow(a, b);
    }

    /// <summary>Integer division truncates toward zero; with a float operand it is float division. Zero divisor: error.</summary>
    public static object Div(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            if (y == 0)
            {
                throw RuntimeErrors.DivisionByZero();
            }

            if (y == -1)
            {
                return Negate(x);
            }

            return Box(x / y);
        }

        CheckNumbers(a, b);
        if (a is double || b is double)
        {
            double divisor = ToDouble(b);
            if (divisor == 0.0)
            {
                throw RuntimeErrors.DivisionByZero();
            }

            return ToDouble(a) / divisor;
        }

        var bx = ToBig(a);
        var by = ToBig(b);
        if (by.IsZero)
        {
            throw RuntimeErrors.DivisionByZero();
        }

        return Normalize(BigInteger.Divide(bx, by));
    }

    /// <summary>Floored modulo: the result has the sign of the divisor (<c>(mod -7 3)</c> is 2).</summary>
    public static object Mod(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            if (y == 0)
            {
                throw RuntimeErrors.ModuloByZero();
            }

            if (y == -1)
            {
                return Box(0);
            }

            long r = x % y;
            if (r != 0 && ((r ^ y) < 0))
            {
                r += y;
            }

            return Box(r);
        }

        CheckNumbers(a, b);
        if (a is double || b is double)
        {
            double dx = ToDouble(a);
            double dy = ToDouble(b);
            if (dy == 0.0)
            {
                throw RuntimeErrors.ModuloByZero();
            }

            double r = dx % dy;
            if (r != 0 && (r < 0) != (dy < 0))
            {
                r += dy;
            }

            return r;
        }

        var bx = ToBig(a);
        var by = ToBig(b);
        if (by.IsZero)
        {
            throw RuntimeErrors.ModuloByZero();
        }

        var br = BigInteger.Remainder(bx, by);
        if (!br.IsZero && (br.Sign < 0) != (by.Sign < 0))
        {
            br += by;
        }

        return Normalize(br);
    }

    public static object Negate(object? a) => a switch
    {
        long x when x != long.MinValue => Box(-x),
        long x => -(BigInteger)x,
        double d => -d,
        BigInteger b => Normalize(-b),
        _ => throw RuntimeErrors.TypeMismatch("Number", a),
    };

    private static object AddSlow(object? a, object? b)
    {
        CheckNumbers(a, b);
        if (a is double || b is double)
        {
            return ToDouble(a) + ToDouble(b);
        }

        return Normalize(ToBig(a) + ToBig(b));
    }

    private static object SubSlow(object? a, object? b)
    {
        CheckNumbers(a, b);
        if (a is double || b is double)
        {
            return ToDouble(a) - ToDouble(b);
        }

        return Normalize(ToBig(a) - ToBig(b));
    }

    private static object MulSlow(object? a, object? b)
    {
        CheckNumbers(a, b);
        if (a is double || b is double)
        {
            return ToDouble(a) * ToDouble(b);
        }

        return Normalize(ToBig(a) * ToBig(b));
    }

    /// <summary>Raises "Type mismatch: expected Number, got ..." for the first operand that is not a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckNumbers(object? a, object? b)
    {
        if (!IsNumber(a))
        {
            throw RuntimeErrors.TypeMismatch("Number", a);
        }

        if (!IsNumber(b))
        {
            throw RuntimeErrors.TypeMismatch("Number", b);
        }
    }

    internal static BigInteger ToBig(object? value) => value switch
    {
        long l => l,
        BigInteger b => b,
        _ => throw RuntimeErrors.TypeMismatch("Int", value),
    };
}
