using System.Numerics;
using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime.Builtins;

/// <summary>Float functions (<c>sqrt pow exp log ... hypot</c>), rounding to integers, and the constants <c>pi e tau</c>.</summary>
internal static class MathBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("sqrt", 1, a => Sqrt(a[0]));
        t.Add("pow", 2, a => Math.Pow(Arg.Double(a[0]), Arg.Double(a[1])));
        t.Add("exp", 1, a => Math.Exp(Arg.Double(a[0])));
        t.Add("log", 1, 2, Log);
        t.Add("log10", 1, a => Math.Log10(Positive(a[0], "log10")));
        t.Add("log2", 1, a => Math.Log2(Positive(a[0], "log2")));
        t.Add("sin", 1, a => Math.Sin(Arg.Double(a[0])));
        t.Add("cos", 1, a => Math.Cos(Arg.Double(a[0])));
        t.Add("tan", 1, a => Math.Tan(Arg.Double(a[0])));
        t.Add("asin", 1, a => Math.Asin(UnitRange(a[0], "asin")));
        t.Add("acos", 1, a => Math.Acos(UnitRange(a[0], "acos")));
        t.Add("atan", 1, 2, a => a.Length == 1 ? Math.Atan(Arg.Double(a[0])) : Math.Atan2(Arg.Double(a[0]), Arg.Double(a[1])));
        t.Add("atan2", 2, a => Math.Atan2(Arg.Double(a[0]), Arg.Double(a[1])));
        t.Add("hypot", 2, a => Hypot(Arg.Double(a[0]), Arg.Double(a[1])));
        t.Add("floor", 1, a => ToInteger(a[0], Math.Floor));
        t.Add("ceil", 1, a => ToInteger(a[0], Math.Ceiling));
        t.Add("round", 1, a => ToInteger(a[0], d => Math.Round(d, MidpointRounding.ToEven)));
        t.Add("round-to", 2, a => RoundTo(a[0], a[1]));
        t.Add("pi", 0, _ => Math.PI);
        t.Add("e", 0, _ => Math.E);
        t.Add("tau", 0, _ => Math.Tau);
    }

    private static object Sqrt(object? v)
    {
        double d = Arg.Double(v);
        if (d < 0)
        {
            throw RuntimeErrors.Domain("sqrt of a negative number");
        }

        return Math.Sqrt(d);
    }

    private static object? Log(ReadOnlySpan<object?> a)
    {
        double x = Positive(a[0], "log");
        if (a.Length == 1)
        {
            return Math.Log(x);
        }

        double b = Positive(a[1], "log");
        return Math.Log(x) / Math.Log(b);
    }

    private static double Positive(object? v, string name)
    {
        double d = Arg.Double(v);
        if (d <= 0)
        {
            throw RuntimeErrors.Domain($"{name} of a non-positive number");
        }

        return d;
    }

    private static double UnitRange(object? v, string name)
    {
        double d = Arg.Double(v);
        if (d < -1 || d > 1)
        {
            throw RuntimeErrors.Domain($"{name} argument outside [-1, 1]");
        }

        return d;
    }

    private static double Hypot(double x, double y)
    {
        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return double.PositiveInfinity;
        }

        x = Math.Abs(x);
        y = Math.Abs(y);
        double big = Math.Max(x, y);
        if (big == 0 || double.IsNaN(big))
        {
            return x + y;
        }

        double small = Math.Min(x, y) / big;
        return big * Math.Sqrt(1 + (small * small));
    }

    /// <summary>floor/ceil/round: integers stay; floats are rounded and converted to an integer (BigInteger when large).</summary>
    internal static object ToInteger(object? v, Func<double, double> rounding)
    {
        switch (v)
        {
            case long or BigInteger:
                return v;
            case double d:
                if (!double.IsFinite(d))
                {
                    throw RuntimeErrors.Domain($"cannot convert {Printing.FloatFormatter.Format(d)} to an integer");
                }

                double r = rounding(d);
                return r >= -9.2233720368547758E18 && r < 9.2233720368547758E18
                    ? RuntimeOps.Box((long)r)
                    : RuntimeOps.Normalize(new BigInteger(r));
            default:
                throw RuntimeErrors.TypeMismatch("Number", v);
        }
    }

    private static object RoundTo(object? v, object? digitsArg)
    {
        double d = Arg.Double(v);
        long digits = Arg.Long(digitsArg);
        if (digits >= 0 && digits <= 15)
        {
            return Math.Round(d, (int)digits, MidpointRounding.ToEven);
        }

        if (digits > 15)
        {
            return d;
        }

        double scale = Math.Pow(10, -digits);
        return Math.Round(d / scale, MidpointRounding.ToEven) * scale;
    }
}
