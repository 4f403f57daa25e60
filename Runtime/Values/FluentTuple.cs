namespace FluentAI.Runtime.Values;

/// <summary>An immutable tuple, displayed <c>(tuple 1 "a")</c>. The array is owned by the tuple: do not mutate it.</summary>
public sealed class FluentTuple(object?[] items)
{
    public static FluentTuple Empty { get; } = new([]);

    public object?[] Items { get; } = items ?? throw new ArgumentNullException(nameof(items));

    public int Count => Items.Length;

    public override string ToString() => Printing.Printer.Display(this);
}
