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
    /// A list from outside the integer-list code (a boxed caller's argument, a list literal) as cells: its
    /// first element's cell, which keeps the rest (<see cref="IntegerCell.Rest"/>), or null for the empty
    /// list. O(1). Anything else (nil, a number) or a first element that is not an integer leaves typed code.
    /// </summary>
    public static IntegerCell? Enter(object? list) => list switch
    {
        FluentList { IsEmpty: true } => null,
        FluentList { Head: long head } nonEmpty => new IntegerCell(head, nonEmpty.TailOfNonEmpty),
        _ => throw TypedCodeExit.Instance, // not a list, or a head that is not an integer: the call reruns boxed
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Head(IntegerCell? list) => list is not null ? list.Head : Empty<long>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IntegerCell? Tail(IntegerCell? list) => list is not null ? TailOfCell(list) : Empty<IntegerCell?>();

    /// <summary>The tail of a cell: the next cell, or the next element of the boxed caller's list it came from, or null at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IntegerCell? TailOfCell(IntegerCell cell) => cell.Next ?? RestOf(cell);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IntegerCell? RestOf(IntegerCell cell) => cell.Rest is { } rest ? Enter(rest) : null;

    /// <summary>The head or tail of the empty list: typed code is left (the boxed rerun raises the VM's error).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T Empty<T>() => throw TypedCodeExit.Instance;
}
