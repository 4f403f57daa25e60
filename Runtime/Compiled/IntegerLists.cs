using System.Runtime.CompilerServices;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// <c>head</c>, <c>tail</c> and <c>empty?</c> in typed code on a list that may be a chain of
/// <see cref="IntegerCell"/>s ending in a <see cref="FluentList"/>, or any value a boxed caller passed.
/// The empty integer list is the empty <see cref="FluentList"/>.
/// Inline: an exact type test for the cell (and, for <see cref="IsEmpty"/>, a compare with the empty
/// list, where every chain built from <c>[]</c> ends). Everything else is a call, out of the loop that
/// walks cells: the list operations of <see cref="TypedOps"/>, which leave typed code on a value that is
/// not a list, or on the head or tail of the empty list.
/// </summary>
public static class IntegerLists
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsEmpty(object? list) =>
        list is not IntegerCell && (ReferenceEquals(list, FluentList.Empty) || IsEmptyList(list));

    /// <summary><c>(cons n xs)</c> onto an integer list: a cell, when <paramref name="tail"/> is a cell or a list (else the call reruns boxed, which reports the error).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IntegerCell Cons(long head, object? tail) =>
        tail is IntegerCell or FluentList ? new IntegerCell(head, tail) : throw TypedCodeExit.Instance;

    /// <summary>The head as an integer: a cell's own, or a list's first element unboxed (leaving typed code if it is not an integer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long HeadLong(object? list) => list is IntegerCell cell ? cell.Head : HeadLongOfList(list);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Head(object? list) => list is IntegerCell cell ? RuntimeOps.Box(cell.Head) : HeadOfList(list);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Tail(object? list) => list is IntegerCell cell ? cell.Tail : TailOfList(list);

    /// <summary>
    /// <c>empty?</c> on a local holding an integer list, which the code then replaces by the result: the
    /// cell it holds; the empty list; for a non-empty list a boxed caller passed, a new cell of its head
    /// (leaving typed code if that is not an integer) and its tail, one element at a time, so that head and
    /// tail of the local need no test after the answer was false. Anything else (nil, a number) leaves typed code.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static object Step(object? list) => list switch
    {
        IntegerCell cell => cell,
        FluentList { IsEmpty: true } empty => empty,
        FluentList { Head: long head } nonEmpty => new IntegerCell(head, nonEmpty.TailOfNonEmpty),
        _ => throw TypedCodeExit.Instance, // not a list, or a head that is not an integer: the call reruns boxed
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsEmptyList(object? list) => TypedOps.IsEmpty(list);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long HeadLongOfList(object? list) => TypedOps.ToLong(TypedOps.Head(list));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? HeadOfList(object? list) => TypedOps.Head(list);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? TailOfList(object? list) => TypedOps.Tail(list);
}
