using System.Collections;
using System.Collections.Immutable;

namespace FluentAI.Runtime.Values;

/// <summary>
/// A persistent set with structural elements that remembers insertion order (for display and
/// <c>set-to-list</c>). Same structure as <see cref="FluentDict"/>: hash map for membership, sorted
/// map from an insertion counter for order.
/// </summary>
public sealed class FluentSet : IEnumerable<object?>
{
    public static FluentSet Empty { get; } = new(
        ImmutableDictionary.Create<object, long>(KeyComparer.Instance),
        ImmutableSortedDictionary<long, object>.Empty,
        0);

    private readonly ImmutableDictionary<object, long> map;
    private readonly ImmutableSortedDictionary<long, object> order;
    private readonly long nextOrder;

    private FluentSet(ImmutableDictionary<object, long> map, ImmutableSortedDictionary<long, object> order, long nextOrder)
    {
        this.map = map;
        this.order = order;
        this.nextOrder = nextOrder;
    }

    public int Count => map.Count;

    public bool IsEmpty => map.Count == 0;

    public bool Contains(object? item) => map.ContainsKey(KeyComparer.Wrap(item));

    /// <summary>Adds an element; adding one already present returns this set unchanged (its position is kept).</summary>
    public FluentSet Add(object? item)
    {
        var wrapped = KeyComparer.Wrap(item);
        if (map.ContainsKey(wrapped))
        {
            return this;
        }

        return new FluentSet(map.Add(wrapped, nextOrder), order.Add(nextOrder, wrapped), nextOrder + 1);
    }

    public FluentSet Remove(object? item)
    {
        var wrapped = KeyComparer.Wrap(item);
        if (!map.TryGetValue(wrapped, out long position))
        {
            return this;
        }

        return new FluentSet(map.Remove(wrapped), order.Remove(position), nextOrder);
    }

    public static FluentSet FromEnumerable(IEnumerable<object?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var result = Empty;
        foreach (var item in items)
        {
            result = result.Add(item);
        }

        return result;
    }

    public IEnumerator<object?> GetEnumerator()
    {
        foreach (var key in order.Values)
        {
            yield return KeyComparer.Unwrap(key);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Printing.Printer.Display(this);
}
