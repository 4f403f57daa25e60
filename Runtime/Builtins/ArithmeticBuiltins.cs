using System.Numerics;
using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime.Builtins;

/// <summary><c>+ - * / mod abs max min sum product mean gcd lcm factorial clamp</c>.</summary>
internal static class ArithmeticBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("+", 0, -1, Plus);
        t.Add("-", 1, -1, Minus);
        t.Add("*", 0, -1, Times);
        t.Add("/", 2, -1, Divide);
        t.Add("mod", 2, a => RuntimeOps.Mod(a[0], a[1]));
        t.Add("abs", 1, a => Abs(a[0]));
        t.Add("max", 1, -1, a => Extreme(a, max: true));
        t.Add("min", 1, -1, a => Extreme(a, max: false));
        t.Add("sum", 1, a => Sum(a[0]));
        t.Add("product", 1, a => Product(a[0]));
        t.Add("mean", 1, a => Mean(a[0]));
        t.Add("gcd", 2, a => RuntimeOps.Normalize(BigInteger.GreatestCommonDivisor(RuntimeOps.ToBig(Arg.Integer(a[0])), RuntimeOps.ToBig(Arg.Integer(a[1])))));
        t.Add("lcm", 2, a => Lcm(a[0], a[1]));
        t.Add("factorial", 1, a => Factorial(a[0]));
        t.Add("clamp", 3, a => Clamp(a[0], a[1], a[2]));
    }

    internal static object? Plus(ReadOnlySpan<object?> a)
    {
        if (a.Length == 0)
        {
            return RuntimeOps.Box(0);
        }

        object acc = Arg.Number(a[0]);
        for (int i = 1; i < a.Length; i++)
        {
            acc = RuntimeOps.Add(acc, a[i]);
        }

        return acc;
    }

    internal static object? Minus(ReadOnlySpan<object?> a)
    {
        if (a.Length == 1)
        {
            return RuntimeOps.Negate(a[0]);
        }

        object acc = RuntimeOps.Sub(a[0], a[1]);
        for (int i = 2; i < a.Length; i++)
        {
            acc = RuntimeOps.Sub(acc, a[i]);
        }

        return acc;
    }

    internal static object? Times(ReadOnlySpan<object?> a)
    {
        if (a.Length == 0)
        {
            return RuntimeOps.Box(1);
        }

        object acc = Arg.Number(a[0]);
        for (int i = 1; i < a.Length; i++)
        {
            acc = RuntimeOps.Mul(acc, a[i]);
        }

        return acc;
    }

    internal static object? Divide(ReadOnlySpan<object?> a)
    {
        object acc = RuntimeOps.Div(a[0], a[1]);
        for (int i = 2; i < a.Length; i++)
        {
            acc = RuntimeOps.Div(acc, a[i]);
        }

        return acc;
    }

    internal static object Abs(object? v) => v switch
    {
        long l when l >= 0 => v,
        double d => Math.Abs(d),
        BigInteger b => b.Sign >= 0 ? b : RuntimeOps.Normalize(-b),
        long => RuntimeOps.Negate(v),
        _ => throw RuntimeErrors.TypeMismatch("Number", v),
    };

    // (max 1 2 3); (max [1 2 3]) is accepted too.
    private static object? Extreme(ReadOnlySpan<object?> a, bool max)
    {
        if (a.Length == 1 && a[0] is Values.FluentList list)
        {
            if (list.IsEmpty)
            {
                throw RuntimeErrors.EmptyList();
            }

            a = list.ToArray();
        }

        object? best = Arg.Number(a[0]);
        for (int i = 1; i < a.Length; i++)
        {
            var candidate = Arg.Number(a[i]);
            if (max ? RuntimeOps.Greater(candidate, best) : RuntimeOps.Less(candidate, best))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static object Sum(object? v)
    {
        object acc = RuntimeOps.Box(0);
        foreach (var item in Arg.List(v))
        {
            acc = RuntimeOps.Add(acc, item);
        }

        return acc;
    }

    private static object Product(object? v)
    {
        object acc = RuntimeOps.Box(1);
        foreach (var item in Arg.List(v))
        {
            acc = RuntimeOps.Mul(acc, item);
        }

        return acc;
    }

    private static object Mean(object? v)
    {
        var list = Arg.List(v);
        if (list.IsEmpty)
        {
            throw RuntimeErrors.EmptyList();
        }

        return RuntimeOps.ToDouble(Sum(list)) / list.Count;
    }

    private static object Lcm(object? x, object? y)
    {
        var a = RuntimeOps.ToBig(Arg.Integer(x));
        var b = RuntimeOps.ToBig(Arg.Integer(y));
        if (a.IsZero || b.IsZero)
        {
            return RuntimeOps.Box(0);
        }

        return RuntimeOps.Normalize(BigInteger.Abs(a / BigInteger.GreatestCommonDivisor(a, b) * b));
    }

    private static object Factorial(object? v)
    {
        long n = Arg.Long(Arg.Integer(v));
        if (n < 0)
        {
            throw RuntimeErrors.Domain("factorial of a negative number");
        }

        object acc = RuntimeOps.Box(1);
        for (long i = 2; i <= n; i++)
        {
            acc = RuntimeOps.Mul(acc, i);
        }

        return acc;
    }

    private static object? Clamp(object? x, object? lo, object? hi)
    {
        Arg.Number(x);
        Arg.Number(lo);
        Arg.Number(hi);
        if (RuntimeOps.Less(x, lo))
        {
            return lo;
        }

        return RuntimeOps.Greater(x, hi) ? hi : x;
    }
}
