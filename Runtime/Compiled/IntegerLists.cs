using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// A list from outside the integer-list code as an array of <see cref="IntegerNode"/>s, for code whose
    /// integer lists are nodes: the caller stores it in a pinned local and then links it
    /// (<see cref="Link"/>). Null for the empty list; anything but a list of integers leaves typed code.
    /// </summary>
    public static IntegerNode[]? EnterNodes(object? list)
    {
        if (list is not FluentList elements)
        {
            throw TypedCodeExit.Instance;
        }

        int count = elements.Count;
        if (count == 0)
        {
            return null;
        }

        var nodes = new IntegerNode[count];
        int taken = 0;
        FluentList.Enumerator element = elements.GetEnumerator();
        while (element.Next())
        {
            if (!element.TryLong(out long value))
            {
                throw TypedCodeExit.Instance;
            }

            nodes[taken++].Head = value;
        }

        return nodes;
    }

    /// <summary>
    /// Links the nodes of <see cref="EnterNodes"/> into a chain and returns the first (zero for null).
    /// The array must already be pinned by the caller (a pinned local), which keeps it in place and alive
    /// for as long as the method that entered it runs.
    /// </summary>
    public static unsafe IntegerNode* Link(IntegerNode[]? nodes)
    {
        if (nodes is null)
        {
            return null;
        }

        IntegerNode* first = (IntegerNode*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(nodes));
        for (int i = 0; i < nodes.Length - 1; i++)
        {
            first[i].Next = first + i + 1;
        }

        first[nodes.Length - 1].Next = null;
        return first;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe long HeadOf(IntegerNode* list) => list is not null ? list->Head : Empty<long>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe IntegerNode* TailOf(IntegerNode* list) => list is not null ? list->Next : EmptyNode();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe IntegerNode* EmptyNode() => throw TypedCodeExit.Instance;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Head(IntegerCell? list) => list is not null ? list.Head : Empty<long>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IntegerCell? Tail(IntegerCell? list) => list is not null ? list.Next : Empty<IntegerCell?>();

    /// <summary>The head or tail of the empty list: typed code is left (the boxed rerun raises the VM's error).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T Empty<T>() => throw TypedCodeExit.Instance;
}
