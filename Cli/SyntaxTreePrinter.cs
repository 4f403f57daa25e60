using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;

namespace FluentAI.Cli;

/// <summary>
/// An indented plain-text dump of a syntax tree for <c>fluentc parse</c>: one node per line as
/// <c>Kind (line,col) Prop=value ...</c>, child nodes below it labelled with their property name.
/// Works from the node records' properties, so new node kinds print without changes here.
/// </summary>
internal static class SyntaxTreePrinter
{
    private const string Indent = "  ";

    public static string Print(SyntaxNode node, SourceText source)
    {
        var builder = new StringBuilder();
        Write(builder, node, source, depth: 0, label: null);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, SyntaxNode node, SourceText source, int depth, string? label)
    {
        AppendIndent(builder, depth);
        if (label is not null)
        {
            builder.Append(label).Append(": ");
        }

        string kind = node.GetType().Name;
        if (kind.EndsWith("Syntax", StringComparison.Ordinal) && kind.Length > "Syntax".Length)
        {
            kind = kind[..^"Syntax".Length];
        }

        builder.Append(kind).Append(' ').Append(source.GetLocation(node.Span.Start).ToString());

        var children = new List<(string Label, object Value)>();
        foreach (PropertyInfo property in PropertiesOf(node.GetType()))
        {
            object? value = property.GetValue(node);
            switch (value)
            {
                case SyntaxNode child:
                    children.Add((property.Name, child));
                    break;
                case null:
                    break;
                case IEnumerable when IsDefaultImmutableArray(value):
                    children.Add((property.Name, Array.Empty<object>()));
                    break;
                case IEnumerable sequence when value is not string:
                    children.Add((property.Name, sequence));
                    break;
                default:
                    builder.Append(' ').Append(property.Name).Append('=').Append(FormatScalar(value));
                    break;
            }
        }

        builder.AppendLine();
        foreach ((string childLabel, object value) in children)
        {
            if (value is SyntaxNode child)
            {
                Write(builder, child, source, depth + 1, childLabel);
                continue;
            }

            var items = ((IEnumerable)value).Cast<object?>().ToList();
            if (items.Count == 0)
            {
                AppendIndent(builder, depth + 1);
                builder.Append(childLabel).AppendLine(": []");
                continue;
            }

            for (int i = 0; i < items.Count; i++)
            {
                string itemLabel = string.Create(CultureInfo.InvariantCulture, $"{childLabel}[{i}]");
                if (items[i] is SyntaxNode item)
                {
                    Write(builder, item, source, depth + 1, itemLabel);
                }
                else
                {
                    AppendIndent(builder, depth + 1);
                    builder.Append(itemLabel).Append(": ").AppendLine(FormatScalar(items[i]));
                }
            }
        }
    }

    /// <summary>The node's own data: public positional (init) properties, minus the span and the source text.</summary>
    private static IEnumerable<PropertyInfo> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
            .Where(p => p.PropertyType != typeof(TextSpan) && p.PropertyType != typeof(SourceText))
            .OrderBy(p => p.MetadataToken);

    /// <summary>A default <c>ImmutableArray&lt;T&gt;</c> throws when enumerated; print it as empty.</summary>
    private static bool IsDefaultImmutableArray(object value) =>
        value.GetType().GetProperty("IsDefault") is { PropertyType: var t } isDefault && t == typeof(bool) && (bool)isDefault.GetValue(value)!;

    private static string FormatScalar(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static void AppendIndent(StringBuilder builder, int depth)
    {
        for (int i = 0; i < depth; i++)
        {
            builder.Append(Indent);
        }
    }
}
