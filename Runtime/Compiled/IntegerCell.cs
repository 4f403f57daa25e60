namespace FluentAI.Runtime.Compiled;

/// <summary>
/// A list cell that holds an unboxed integer, made by typed code for <c>(cons n xs)</c> where the
/// compiler proved that the list only ever reaches typed code that reads it with <c>head</c>, <c>tail</c>
/// and <c>empty?</c> or conses an integer onto it (<c>IntegerListAnalysis</c>): 32 bytes, as an F#
/// <c>int64 list</c> cell, where a <see cref="Values.FluentList"/> cell and a box would take 40 and 24.
/// Its tail is another cell or any <see cref="Values.FluentList"/> (the list the chain was built on); such
/// a value never leaves typed code. The operations are in <see cref="IntegerLists"/>.
/// </summary>
public sealed class IntegerCell(long head, object? tail)
{
    public readonly long Head = head;

    public readonly object? Tail = tail;
}
