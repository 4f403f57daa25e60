namespace FluentAI.Runtime.Compiled;

/// <summary>
/// A list cell that holds an unboxed integer, made by typed code for <c>(cons n xs)</c> where the
/// compiler proved that the list only ever reaches typed code that reads it with <c>head</c>, <c>tail</c>
/// and <c>empty?</c> or conses an integer onto it (<c>IntegerListAnalysis</c>). Such a list is an
/// <c>IntegerCell?</c> in typed code, null when empty, and never leaves typed code.
/// <para>
/// The rest of the list is <see cref="Next"/>, the next cell, and nothing else: walking cells costs one
/// load and one null test per element, as an F# <c>int64 list</c> does, with no call anywhere in the
/// loop. A list from other code is taken into cells whole when it enters (<see cref="IntegerLists.Enter"/>).
/// </para>
/// <para>
/// Where no cell has to outlive the call it is made for, the compiler keeps the list in frames instead
/// (<see cref="IntegerNode"/>); cells are for the rest, such as a loop that conses onto its own parameter.
/// </para>
/// </summary>
public sealed class IntegerCell(long head, IntegerCell? next)
{
    public readonly long Head = head;

    /// <summary>The next cell; null at the end of the list.</summary>
    public readonly IntegerCell? Next = next;
}
