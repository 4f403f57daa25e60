using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Effects;

/// <summary>The default store of the <c>state</c> effect: one per program run, keys compared structurally.</summary>
public sealed class StateStore
{
    private readonly Dictionary<object, object?> values = new(KeyComparer.Instance);

    public int Count => values.Count;

    /// <summary>The value stored under <paramref name="key"/>, or nil.</summary>
    public object? Get(object? key) => values.TryGetValue(KeyComparer.Wrap(key), out var v) ? v : null;

    /// <summary>Stores a value; returns the previous one (nil when there was none).</summary>
    public object? Set(object? key, object? value)
    {
        var wrapped = KeyComparer.Wrap(key);
        values.TryGetValue(wrapped, out var old);
        values[wrapped] = value;
        return old;
    }

    /// <summary>Removes a key; returns the removed value or nil.</summary>
    public object? Delete(object? key) => values.Remove(KeyComparer.Wrap(key), out var old) ? old : null;

    public void Clear() => values.Clear();
}
