using System.Collections;

namespace FluentAI.Runtime.Values;

/// <summary>
/// An immutable singly linked list. <see cref="Cons"/>, <see cref="Head"/>, <see cref="Tail"/> and
/// <see cref="Count"/> are O(1): every cell stores the length of the list it starts.
/// </summary>
public sealed class FluentList : IEnumerable<object?>
{
    /// <summary>The one empty list; its <see cref="Tail"/> is itself and its <see cref="Head"/> nil.</summary>
    public static FluentList Empty { get; } = new();

    private readonly object? head;
    private FluentList? tail; // set once more only by Builder, before the list is published
    private int count; // likewise

    private FluentList()
    {
    }

    private FluentList(object? head, FluentList tail)
    {
        this.head = head;
        this.tail = tail;
        count = tail.count + 1;
    }

    public object? Head => head;

    public FluentList Tail => tail ?? this;

    public int Count => count;

    public bool IsEmpty => count == 0;

    public static FluentList Cons(object? head, FluentList tail)
    {
        ArgumentNullException.ThrowIfNull(tail);
        return new FluentList(head, tail);
    }

    public static FluentList FromSpan(ReadOnlySpan<object?> items)
    {
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

    /// <summary>Copies the elements into a new array, in order.</summary>
    public object?[] ToArray()
    {
        var result = new object?[count];
        int i = 0;
        for (var cell = this; cell.count != 0; cell = cell.tail!)
        {
            result[i++] = cell.head;
        }

        return result;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<object?> IEnumerable<object?>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Printing.Printer.Display(this);

    /// <summary>
    /// Builds a list front to back with no temporary array (a large array would live on the large object
    /// heap, whose growth triggers full collections): each added cell becomes the previous cell's tail,
    /// and <see cref="ToList"/> sets the lengths. The cells are not shared until then.
    /// </summary>
    public struct Builder
    {
        private FluentList? first;
        private FluentList? last;
        private int count;

        public readonly int Count => count;

        public void Add(object? item)
        {
            var cell = new FluentList(item, Empty);
            if (last is null)
            {
                first = cell;
            }
            else
            {
                last.tail = cell;
            }

            last = cell;
            count++;
        }

        /// <summary>The list of the added items, in order; the builder is empty again.</summary>
        public FluentList ToList()
        {
            FluentList? cell = first;
            for (int remaining = count; remaining > 0; remaining--)
            {
                cell!.count = remaining;
                cell = cell.tail;
            }

            FluentList result = first ?? Empty;
            this = default;
            return result;
        }
    }

    /// <summary>An allocation-free enumerator over the cells.</summary>
    public struct Enumerator : IEnumerator<object?>
    {
        private readonly FluentList start;
        private FluentList? next;
        private object? current;

        internal Enumerator(FluentList list)
        {
            start = list;
            next = list;
            current = null;
        }

        public readonly object? Current => current;

        readonly object? IEnumerator.Current => current;

        public bool MoveNext()
        {
            if (next is null || next.count == 0)
            {
                return false;
            }

            current = next.head;
            next = next.tail;
            return true;
        }

        public void Reset()
        {
            next = start;
            current = null;
        }

        public readonly void Dispose()
        {
        }
    }
}
