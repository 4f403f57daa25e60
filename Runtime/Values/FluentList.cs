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
public sealed class FluentList : IEnumerable<object?>
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

    private static object? Element(Array store, int position) =>
        store is long[] integers ? RuntimeOps.Box(integers[position]) : ((object?[])store)[position];

    /// <summary>The tail of a run: a run node over the same array, from the next element.</summary>
    private FluentList OtherTail() => count == 1 ? Empty : new FluentList((Array)rest!, index + 1, count - 1);

    /// <summary>
    /// Builds a list front to back into one <c>object?[]</c>; <see cref="ToList"/> makes a run over it (a
    /// few elements become cells). The added values are kept as they are: a value that is already boxed
    /// is not unboxed into a <c>long[]</c>, which every later read would box again.
    /// </summary>
    public struct Builder
    {
        private object?[]? objects;
        private int count;

        /// <summary>A builder with room for <paramref name="capacity"/> elements (when the final count is known).</summary>
        public Builder(int capacity)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            objects = capacity == 0 ? null : new object?[capacity];
        }

        public readonly int Count => count;

        public void Add(object? item)
        {
            if (objects is null || count == objects.Length)
            {
                Array.Resize(ref objects, Grown(count));
            }

            objects[count++] = item;
        }

        /// <summary>The list of the added items, in order; the builder is empty again.</summary>
        public FluentList ToList()
        {
            FluentList result;
            if (count == 0)
            {
                result = Empty;
            }
            else if (count < RunThreshold)
            {
                result = Empty;
                for (int i = count - 1; i >= 0; i--)
                {
                    result = new FluentList(objects![i], result);
                }
            }
            else
            {
                result = new FluentList(Trimmed(), 0, count);
            }

            this = default;
            return result;
        }

        internal static int Grown(int size) => Math.Max(RunThreshold, size > Array.MaxLength / 2 ? Array.MaxLength : size * 2);

        /// <summary>The array, copied to its exact size if more than a quarter of it is unused (a list may live long).</summary>
        private readonly object?[] Trimmed() =>
            count >= objects!.Length - (objects.Length / 4) ? objects : objects.AsSpan(0, count).ToArray();
    }

    /// <summary>
    /// Builds a list of integers front to back into one <c>long[]</c> (typed code: <c>map</c> whose
    /// function gives integers, <c>filter</c> of integers); <see cref="ToList"/> makes a run over it.
    /// </summary>
    public struct LongBuilder
    {
        private long[]? integers;
        private int count;

        /// <summary>A builder with room for <paramref name="capacity"/> elements (when the final count is known).</summary>
        public LongBuilder(int capacity)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            integers = capacity == 0 ? null : new long[capacity];
        }

        public readonly int Count => count;

        public void Add(long item)
        {
            if (integers is null || count == integers.Length)
            {
                Array.Resize(ref integers, Builder.Grown(count));
            }

            integers[count++] = item;
        }

        /// <summary>The list of the added integers, in order; the builder is empty again.</summary>
        public FluentList ToList()
        {
            FluentList result = Empty;
            if (count >= RunThreshold)
            {
                result = new FluentList(count >= integers!.Length - (integers.Length / 4) ? integers : integers.AsSpan(0, count).ToArray(), 0, count);
            }
            else
            {
                for (int i = count - 1; i >= 0; i--)
                {
                    result = new FluentList(RuntimeOps.Box(integers![i]), result);
                }
            }

            this = default;
            return result;
        }
    }

    /// <summary>
    /// An allocation-free enumerator: it follows cells, then reads a run's array directly. Besides
    /// <see cref="MoveNext"/>/<see cref="Current"/>, typed code steps with <see cref="Next"/> and reads
    /// the element with <see cref="Value"/> or, unboxed, <see cref="TryLong"/>.
    /// </summary>
    public struct Enumerator : IEnumerator<object?>
    {
        private readonly FluentList start;
        private FluentList? next;
        private FluentList? cell;

        // In a run (end != 0): its array, typed (a null test, where a test of the array's type is a helper call).
        private long[]? integers;
        private object?[]? objects;
        private int position;
        private int end;
        private object? current;

        internal Enumerator(FluentList list)
        {
            start = list;
            next = list;
            cell = null;
            integers = null;
            objects = null;
            position = 0;
            end = 0;
            current = null;
        }

        public readonly object? Current => current;

        readonly object? IEnumerator.Current => current;

        /// <summary>The element <see cref="Next"/> stepped to.</summary>
        public readonly object? Value =>
            end == 0 ? cell!.head : integers is not null ? RuntimeOps.Box(integers[position]) : objects![position];

        public bool MoveNext()
        {
            if (end == 0 && next is { count: > 0, index: < 0 } node)
            {
                current = node.head; // a cell: the common case, inline
                next = Unsafe.As<FluentList>(node.rest);
                return true;
            }

            if (!Next())
            {
                return false;
            }

            current = Value;
            return true;
        }

        /// <summary>Steps to the next element (read it with <see cref="Value"/> or <see cref="TryLong"/>); false at the end.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Next() => end != 0 ? ++position < end : NextNode(); // in a run: one increment, inline in typed loops

        private bool NextNode()
        {
            if (next is null || next.count == 0)
            {
                return false;
            }

            if (next.index < 0)
            {
                cell = next;
                next = Unsafe.As<FluentList>(next.rest);
                return true;
            }

            integers = next.rest as long[];
            objects = next.rest as object?[];
            position = next.index;
            end = next.index + next.count;
            next = null;
            return true;
        }

        /// <summary>The element <see cref="Next"/> stepped to, if it is an integer: no box is made or read from an integer run.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly bool TryLong(out long value)
        {
            if (integers is not null)
            {
                value = integers[position];
                return true;
            }

            return TryBoxedLong(out value);
        }

        private readonly bool TryBoxedLong(out long value)
        {
            if ((end == 0 ? cell!.head : objects![position]) is long boxed)
            {
                value = boxed;
                return true;
            }

            value = 0;
            return false;
        }

        public void Reset()
        {
            next = start;
            cell = null;
            integers = null;
            objects = null;
            end = 0;
            current = null;
        }

        public readonly void Dispose()
        {
        }
    }
}
