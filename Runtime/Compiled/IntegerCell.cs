using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// A list cell that holds an unboxed integer, made by typed code for <c>(cons n xs)</c> where the
/// compiler proved that the list only ever reaches typed code that reads it with <c>head</c>, <c>tail</c>
/// and <c>empty?</c> or conses an integer onto it (<c>IntegerListAnalysis</c>). Such a list is an
/// <c>IntegerCell?</c> in typed code, null when empty, and never leaves typed code.
/// <para>
/// The rest of the list is <see cref="Next"/>, the next cell, so that walking cells costs one null test
/// per element, as an F# <c>int64 list</c> does. A list a boxed caller passed is taken one element at a
/// time (<see cref="IntegerLists.Enter"/>): such a cell keeps the rest of that list in <see cref="Rest"/>
/// until <c>tail</c> takes its next element.
/// </para>
/// </summary>
public sealed class IntegerCell
{
    public readonly long Head;

    /// <summary>The next cell; null at the end of the list, or when the rest is still <see cref="Rest"/>.</summary>
    public readonly IntegerCell? Next;

    /// <summary>The rest of a list a boxed caller passed, not yet taken into cells; null for a cell made by <c>cons</c>.</summary>
    public readonly FluentList? Rest;

    public IntegerCell(long head, IntegerCell? next)
    {
        Head = head;
        Next = next;
    }

    internal IntegerCell(long head, FluentList rest)
    {
        Head = head;
        Rest = rest;
    }
}
