using System.Globalization;
using System.Numerics;
using System.Text;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Printing;

/// <summary>The display format of LANGUAGE.md §3 (REPL lines, <c>to-string</c>, <c>io:print</c>).</summary>
public static class Printer
{
    /// <summary>The display form: strings in quotes (not escaped), nil as <c>nil</c>.</summary>
    public static string Display(object? value)
    {
        switch (value)
        {
            case string s:
                return string.Concat("\"", s, "\"");
            case long l:
                return l.ToString(CultureInfo.InvariantCulture);
            case bool b:
                return b ? "#t" : "#f";
            default:
                var sb = new StringBuilder();
                Append(sb, value);
                return sb.ToString();
        }
    }

    /// <summary>Like <see cref="Display"/> but a string is its raw text (the direct arguments of <c>io:print</c>).</summary>
    public static string DisplayRaw(object? value) => value is string s ? s : Display(value);

    /// <summary>Appends the display form of a value.</summary>
    public static void Append(StringBuilder sb, object? value)
    {
        ArgumentNullException.ThrowIfNull(sb);
        switch (value)
        {
            case null:
                sb.Append("nil");
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(FloatFormatter.Format(d));
                break;
            case BigInteger big:
                sb.Append(big.ToString(CultureInfo.InvariantCulture));
                break;
            case bool b:
                sb.Append(b ? "#t" : "#f");
                break;
            case string s:
                sb.Append('"').Append(s).Append('"');
                break;
            case FluentList list:
                StackGuard.Check();
                sb.Append('[');
                AppendSeparated(sb, list, " ");
                sb.Append(']');
                break;
            case FluentTuple tuple:
                StackGuard.Check();
                sb.Append("(tuple");
                foreach (var item in tuple.Items)
                {
                    sb.Append(' ');
                    Append(sb, item);
                }

                sb.Append(')');
                break;
            case DataValue data:
                StackGuard.Check();
                sb.Append('(').Append(data.Constructor);
                for (int i = 0; i < data.FieldCount; i++)
                {
                    sb.Append(' ');
                    Append(sb, data.Field(i));
                }

                sb.Append(')');
                break;
            case FluentDict dict:
            {
                StackGuard.Check();
                sb.Append('{');
                bool first = true;
                foreach (var pair in dict)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    Append(sb, pair.Key);
                    sb.Append(' ');
                    Append(sb, pair.Value);
                }

                sb.Append('}');
                break;
            }

            case FluentSet set:
                StackGuard.Check();
                sb.Append("#{");
                AppendSeparated(sb, set, " ");
                sb.Append('}');
                break;
            case FunctionValue:
                sb.Append("<function>");
                break;
            case ErrorValue error:
                sb.Append("(error ");
                Append(sb, error.Type);
                sb.Append(' ');
                Append(sb, error.Message);
                if (error.HasData)
                {
                    sb.Append(' ');
                    Append(sb, error.Data);
                }

                sb.Append(')');
                break;
            default:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void AppendSeparated(StringBuilder sb, IEnumerable<object?> items, string separator)
    {
        bool first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                sb.Append(separator);
            }

            first = false;
            Append(sb, item);
        }
    }
}
