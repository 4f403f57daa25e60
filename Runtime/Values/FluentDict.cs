using System.Collections;
using System.Collections.Immutable;

namespace FluentAI.Runtime.Values;

/// <summary>
/// A persistent dictionary with structural keys that remembers insertion order (for display, keys,
/// values and items). Lookup is a hash lookup in an <see cref="ImmutableDictionary{TKey,TValue}"/>;
/// the order lives in an <see cref="ImmutableSortedDictionary{TKey,TValue}"/> keyed by an insertion counter.
/// Replacing the value of an existing key keeps its position.
/// </summary>
public sealed class FluentDict : IEnumerable<KeyValuePair<object?, object?>>
{
    public static FluentDict Empty { get; } = new(
        ImmutableDictionary.Create<object, Entry>(KeyComparer.Instance),
        ImmutableSortedDictionary<long, object>.Empty,
        0);

    private readonly ImmutableDictionary<object, Entry> map;
    private readonly ImmutableSortedDictionary<long, object> order;
    private readonly long nextOrder;

    private FluentDict(ImmutableDictionary<object, Entry> map, ImmutableSortedDictionary<long, object> order, long nextOrder)
    {
        this.map = map;
        this.order = order;
        this.nextOrder = nextOrder;
    }

    public int Count => map.Count;

    public bool IsEmpty => map.Count == 0;

    /// <summary>The keys in insertion order.</summary>
    public IEnumerable<object?> Keys => order.Values.Select(KeyComparer.Unwrap);

    /// <summary>The values in insertion order of their keys.</summary>
    public IEnumerable<object?> Values => order.Values.Select(k => map[k].Value);

    public bool TryGetValue(object? key, out object? value)
    {
        if (map.TryGetValue(KeyComparer.Wrap(key), out var entry))
        {
            value = entry.Value;
            return true;
        }

        value = null;
        return false;
    }

    public bool ContainsKey(object? key) => map.ContainsKey(KeyComparer.Wrap(key));

    public FluentDict Set(object? key, object? value)
    {
        var wrapped = KeyComparer.Wrap(key);
        if (map.TryGetValue(wrapped, out var existing))
        {
            return new FluentDict(map.SetItem(wrapped, existing with { Value = value }), order, nextOrder);
        }

        return new FluentDict(map.Add(wrapped, new Entry(nextOrder, value)), order.Add(nextOrder, wrapped), nextOrder + 1);
    }

    public FluentDict Remove(object? key)
    {
        var wrapped = KeyComparer.Wrap(key);
        if (!map.TryGetValue(wrapped, out var existing))
        {
            return this;
        }

        return new FluentDict(map.Remove(wrapped), order.Remove(existing.Order), nextOrder);
    }

    public static FluentDict FromPairs(IEnumerable<KeyValuePair<object?, object?>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var result = Empty;
        foreach (var pair in pairs)
        {
            result = result.Set(pair.Key, pair.Value);
        }

        return result;
    }

    public IEnumerator<KeyValuePair<object?, object?>> GetEnumerator()
    {
        foreach (var key in order.Values)
        {
            yield return new KeyValuePair<object?, object?>(KeyComparer.Unwrap(key), map[key].Value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Printing.Printer.Display(this);

    internal readonly record struct Entry(long Order, object? Value);
}
