using System.Collections;
using System.Runtime.CompilerServices;

namespace FluentAI.Runtime.Values;

/// <summary>
/// An immutable singly linked list. <see cref="Cons"/>, <see cref="Head"/>, <see cref="Tail"/> and
/// <see cref="Count"/> are O(1). A list is one of two kinds of node, the same class:
/// <list type="bullet">
/// <item>a <em>cell</em>: its head, its tail, and the length of the list it starts (what <see cref="Cons"/> makes);</item>
/// <item>a <em>run</em>: the elements <c>store[index..index + count)</c> of an array that no one changes,
/// the end of the list: an <c>object?[]</c> (what <see cref="Builder"/> makes for map, filter, ...: 8
/// bytes per element instead of a 40-byte cell), or a <c>long[]</c> (<see cref="Range"/>: no boxes).
/// <see cref="Tail"/> of a run is a new run node over the same array, and <see cref="Head"/> of an
/// integer run boxes: short-lived objects, which the CLR's generational GC collects cheaply, where
/// long-lived cells cost copying at every collection.</item>
/// </list>
/// A cell's tail may be a run (<c>cons</c> onto a built list); a run has no tail of another kind.
/// </summary>
public sealed partial class FluentList : IEnumerable<object?>
{
    /// <summary>The one empty list; its <see cref="Tail"/> is itself and its <see cref="Head"/> nil.</summary>
    public static FluentList Empty { get; } = new();

    /// <summary>Lists built from at least this many elements at once are runs.</summary>
    private const int RunThreshold = 8;

    /// <summary>The first element (of a cell or a run: reading it is one load either way); nil for the empty list.</summary>
    private readonly object? head;

    /// <summary>A cell: its tail (a <see cref="FluentList"/>). A run: its array (<c>long[]</c> or <c>object?[]</c>). The empty list: null.</summary>
    private readonly object? rest;

    private readonly int count;

    /// <summary>A run: the position of its first element in the array. A cell or the empty list: -1 (so a cell is told from a run without a type test).</summary>
    private readonly int index = -1;

    private FluentList()
    {
    }

    private FluentList(object? head, FluentList tail)
    {
        this.head = head;
        rest = tail;
        count = tail.count + 1;
    }

    /// <summary>A run over <paramref name="store"/>[<paramref name="start"/>..<paramref name="start"/> + <paramref name="length"/>) (length at least 1).</summary>
    private FluentList(Array store, int start, int length)
    {
        head = Element(store, start);
        rest = store;
        index = start;
        count = length;
    }

    public object? Head
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => head;
    }

    public FluentList Tail
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => index < 0 ? Unsafe.As<FluentList?>(rest) ?? this : OtherTail();
    }

    /// <summary>
    /// The tail of a list that is not empty (typed code calls it after its own emptiness test): a cell's tail without the
    /// test for the empty list that <see cref="Tail"/> makes. On the empty list it returns null.
    /// </summary>
    public FluentList TailOfNonEmpty
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => index < 0 ? Unsafe.As<FluentList>(rest)! : OtherTail();
    }

    public int Count => count;

    public bool IsEmpty => count == 0;

    public static FluentList Cons(object? head, FluentList tail)
    {
        ArgumentNullException.ThrowIfNull(tail);
        return new FluentList(head, tail);
    }

    public static FluentList FromSpan(ReadOnlySpan<object?> items)
    {
        if (items.Length >= RunThreshold)
        {
            var builder = new Builder(items.Length);
            foreach (object? item in items)
            {
                builder.Add(item);
            }

            return builder.ToList();
        }

        var list = Empty;
        for (int i = items.Length - 1; i >= 0; i--)
        {
            list = new FluentList(items[i], list);
        }

        return list;
    }

    public static FluentList FromEnumerable(IEnumerable<object?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is FluentList l)
        {
            return l;
        }

        var buffer = items as object?[] ?? items.ToArray();
        return FromSpan(buffer);
    }

    /// <summary>Builds a list from a list builder in order; the builder's contents are not copied twice.</summary>
    public static FluentList FromList(List<object?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return FromSpan(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
    }

    /// <summary>The integers <c>start + k * step</c> for <c>0 &lt;= k &lt; count</c>, as one run.</summary>
    public static FluentList Range(long start, long step, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count < RunThreshold)
        {
            var cells = Empty;
            for (int k = count - 1; k >= 0; k--)
            {
                cells = new FluentList(RuntimeOps.Box(unchecked(start + (k * step))), cells);
            }

            return cells;
        }

        var store = new long[count];
        long value = start;
        for (int k = 0; k < store.Length; k++)
        {
            store[k] = value;
            value = unchecked(value + step); // the last addition may wrap; its value is never stored
        }

        return new FluentList(store, 0, count);
    }

    /// <summary>The element at <paramref name="position"/> (below <see cref="Count"/>): O(1) in a run.</summary>
    public object? ItemAt(int position)
    {
        FluentList list = Drop(position);
        return list.Head;
    }

    /// <summary>The list without its first <paramref name="n"/> elements (at most <see cref="Count"/>): O(1) once in a run.</summary>
    public FluentList Drop(int n)
    {
        FluentList list = this;
        while (n > 0 && list.rest is FluentList tail)
        {
            list = tail;
            n--;
        }

        if (n == 0 || list.count == 0)
        {
            return list;
        }

        return n >= list.count ? Empty : new FluentList((Array)list.rest!, list.index + n, list.count - n);
    }

    /// <summary>Copies the elements into a new array, in order.</summary>
    public object?[] ToArray()
    {
        var result = new object?[count];
        int i = 0;
        foreach (object? item in this)
        {
            result[i++] = item;
        }

        return result;
    }

    /// <summary>
    /// Whether two lists have equal elements (by <paramref name="equal"/>), in order. Lists that share
    /// their rest (a cell, or the same run) are not compared further.
    /// </summary>
    public static bool SequenceEqual(FluentList x, FluentList y, Func<object?, object?, bool> equal)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(equal);
        if (x.count != y.count)
        {
            return false;
        }

        while (x.rest is FluentList xTail && y.rest is FluentList yTail)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (!equal(x.head, y.head))
            {
                return false;
            }

            x = xTail;
            y = yTail;
        }

        if (x.count == 0 || (ReferenceEquals(x.rest, y.rest) && x.index == y.index))
        {
            return true; // the same run
        }

        Enumerator left = x.GetEnumerator();
        Enumerator right = y.GetEnumerator();
        while (left.MoveNext() && right.MoveNext())
        {
            if (!equal(left.Current, right.Current))
            {
                return false;
            }
        }

        return true;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<object?> IEnumerable<object?>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Printing.Printer.Display(this);

    /// <summary>An element of a run's array: the runtime makes runs only over <c>long[]</c> and <c>object?[]</c>, so an exact type compare tells them apart (a test against an array type is a helper call).</summary>
    private static object? Element(Array store, int position) =>
        store.GetType() == typeof(long[]) ? RuntimeOps.Box(Unsafe.As<long[]>(store)[position]) : Unsafe.As<object?[]>(store)[position];

    /// <summary>The tail of a run: a run node over the same array, from the next element.</summary>
    private FluentList OtherTail() => count == 1 ? Empty : new FluentList((Array)rest!, index + 1, count - 1);
}
