namespace FluentAI.Runtime.Values;

/// <summary>A value built by a data constructor: <c>(Some 5)</c>, <c>(None)</c>. Compared structurally.</summary>
public sealed class DataValue(string constructor, object?[] fields)
{
    public string Constructor { get; } = constructor ?? throw new ArgumentNullException(nameof(constructor));

    /// <summary>The field values; owned by the value, do not mutate.</summary>
    public object?[] Fields { get; } = fields ?? throw new ArgumentNullException(nameof(fields));

    public override string ToString() => Printing.Printer.Display(this);
}
