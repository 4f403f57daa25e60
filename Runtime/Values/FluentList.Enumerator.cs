using System.Collections;
using System.Runtime.CompilerServices;

namespace FluentAI.Runtime.Values;

/// <summary>This part: the enumerator over cells and runs.</summary>
public sealed partial class FluentList
{
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
