using System.Buffers;
using System.Runtime.CompilerServices;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// The operations of typed code on integer lists (<see cref="IntegerCell"/> chains, null when empty):
/// taking a list from other code, and <c>head</c> and <c>tail</c> where the code has not proved the list
/// non-empty (after a false <c>(empty? xs)</c> they are one field load each, emitted directly). The head
/// or tail of the empty list leaves typed code, and the call reruns boxed, which reports the error.
/// </summary>
public static class IntegerLists
{
    /// <summary>
    /// A list from outside the integer-list code (a boxed caller's argument, a list literal, a list-typed
    /// value) as cells, or null for the empty list: all of it, at once, O(n) in its length. Taking it whole
    /// keeps cells a plain chain: walking them needs no test for a part not yet taken, so a loop over
    /// them has no call in it. Anything else (nil, a number) or an element that is not an integer leaves
    /// typed code, and the call reruns boxed.
    /// </summary>
    public static IntegerCell? Enter(object? list)
    {
        if (list is not FluentList elements)
        {
            throw TypedCodeExit.Instance; // not a list: the call reruns boxed, which reports what the VM does
        }

        int count = elements.Count;
        if (count == 0)
        {
            return null;
        }

        long[] values = ArrayPool<long>.Shared.Rent(count);
        try
        {
            int taken = 0;
            FluentList.Enumerator element = elements.GetEnumerator();
            while (element.Next())
            {
                if (!element.TryLong(out long value))
                {
                    throw TypedCodeExit.Instance; // an element that is not an integer
                }

                values[taken++] = value;
            }

            IntegerCell? cell = null;
            for (int i = taken - 1; i >= 0; i--)
            {
                cell = new IntegerCell(values[i], cell);
            }

            return cell;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(values);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Head(IntegerCell? list) => list is not null ? list.Head : Empty<long>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IntegerCell? Tail(IntegerCell? list) => list is not null ? list.Next : Empty<IntegerCell?>();

    /// <summary>The head or tail of the empty list: typed code is left (the boxed rerun raises the VM's error).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T Empty<T>() => throw TypedCodeExit.Instance;
}
