using System.Globalization;
using System.Numerics;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Printing;

namespace FluentAI.Runtime.Builtins;

/// <summary><c>to-string to-int to-float</c>.</summary>
internal static class ConversionBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("to-string", 1, a => Printer.DisplayRaw(a[0]));
        t.Add("to-int", 1, a => ToInt(a[0]));
        t.Add("to-float", 1, a => ToFloat(a[0]));
    }

    private static object ToInt(object? v)
    {
        switch (v)
        {
            case long or BigInteger:
                return v;
            case double:
                return MathBuiltins.ToInteger(v, Math.Truncate);
            case string s:
                var text = s.Trim();
                if (text.Length > 0 && char.IsAsciiDigit(text[^1])
                    && BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return RuntimeOps.Normalize(parsed);
                }

                throw RuntimeErrors.CannotParse(s, "Int");
            default:
                throw RuntimeErrors.TypeMismatch("Number or String", v);
        }
    }

    private static object ToFloat(object? v)
    {
        switch (v)
        {
            case long or double or BigInteger:
                return RuntimeOps.ToDouble(v);
            case string s:
                var text = s.Trim();
                switch (text)
                {
                    case "inf" or "+inf":
                        return double.PositiveInfinity;
                    case "-inf":
                        return double.NegativeInfinity;
                    case "nan":
                        return double.NaN;
                }

                if (text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                throw RuntimeErrors.CannotParse(s, "Float");
            default:
                throw RuntimeErrors.TypeMismatch("Number or String", v);
        }
    }
}
