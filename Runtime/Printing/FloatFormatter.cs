using System.Globalization;
using System.Text;

namespace FluentAI.Runtime.Printing;

/// <summary>
/// Formats doubles as LANGUAGE.md §3 requires: the shortest digits that round-trip, always with a
/// <c>.</c> or an exponent; exponent form (<c>1e+16</c>, <c>2.5e-07</c>, at least two exponent digits)
/// when the decimal exponent is below -4 or at least 16; <c>inf</c>, <c>-inf</c>, <c>nan</c>, <c>-0.0</c>.
/// .NET supplies only the shortest round-trip digits ("R"); the layout is done here.
/// </summary>
public static class FloatFormatter
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0.0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var sb = new StringBuilder(digits.Length + 8);
        if (value < 0)
        {
            sb.Append('-');
        }

        if (exponent < -4 || exponent >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            sb.Append('e').Append(exponent < 0 ? '-' : '+');
            sb.Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (exponent < 0)
        {
            sb.Append("0.").Append('0', -exponent - 1).Append(digits);
        }
        else if (digits.Length <= exponent + 1)
        {
            sb.Append(digits).Append('0', exponent + 1 - digits.Length).Append(".0");
        }
        else
        {
            sb.Append(digits, 0, exponent + 1).Append('.').Append(digits, exponent + 1, digits.Length - exponent - 1);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The shortest round-trip significant digits of a positive finite value (no leading or trailing
    /// zeros) and the decimal exponent of the first digit: value = d.ddd × 10^exponent.
    /// </summary>
    internal static (string Digits, int Exponent) ShortestDigits(double positive)
    {
        string r = positive.ToString("R", CultureInfo.InvariantCulture);
        int exponentPart = 0;
        int e = r.IndexOfAny(['E', 'e']);
        string mantissa = r;
        if (e >= 0)
        {
            exponentPart = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = r[..e];
        }

        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        string fracPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        string all = intPart + fracPart;
        int pointPos = intPart.Length;
        int leadingZeros = 0;
        while (leadingZeros < all.Length - 1 && all[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        string digits = all[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        return (digits, pointPos - leadingZeros - 1 + exponentPart);
    }
}
