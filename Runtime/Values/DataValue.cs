using System.Runtime.CompilerServices;

namespace FluentAI.Runtime.Values;

/// <summary>
/// A value built by a data constructor: <c>(Some 5)</c>, <c>(None)</c>. Compared structurally. Up to
/// <see cref="InlineFields"/> fields live in the object itself (one allocation per value, one load per
/// field); a value with more fields keeps them in an array.
/// </summary>
public sealed class DataValue
{
    /// <summary>How many fields a value holds without an array.</summary>
    public const int InlineFields = 3;

    private readonly Inline inline;
    private readonly object?[]? more;
    private readonly int count;

    public DataValue(string constructor, ReadOnlySpan<object?> fields)
    {
        Constructor = constructor ?? throw new ArgumentNullException(nameof(constructor));
        count = fields.Length;
        if (fields.Length <= InlineFields)
        {
            fields.CopyTo(inline);
        }
        else
        {
            more = fields.ToArray();
        }
    }

    public string Constructor { get; }

    public int FieldCount => count;

    /// <summary>The field values, in order.</summary>
    public ReadOnlySpan<object?> Fields => more ?? ((ReadOnlySpan<object?>)inline)[..count];

    /// <summary>The field at <paramref name="index"/> (which must be below <see cref="FieldCount"/>).</summary>
    public object? Field(int index) => more is null ? inline[index] : more[index];

    public override string ToString() => Printing.Printer.Display(this);

    [InlineArray(InlineFields)]
    private struct Inline
    {
        private object? element;
    }
}
