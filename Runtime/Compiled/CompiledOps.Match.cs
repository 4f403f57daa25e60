using System.Runtime.CompilerServices;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

public static partial class CompiledOps
{
    // The tests and extractions of match decision code, shared by the VM and compiled code.
    // Extractions run only after the matching test passed.

    /// <summary>
    /// A data value of the constructor, or a tuple headed by its name, with that many fields.
    /// <paramref name="name"/> must be interned (a literal, or a pattern name from the binder): data
    /// values carry interned names, so the test is a reference compare.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MatchesConstructor(object? value, string name, int arity) =>
        value is DataValue data ? data.Is(name, arity) : MatchesTuple(value, name, arity);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Field(object? value, int index) => value is DataValue data ? data.Field(index) : TupleField(value, index);

    [MethodImpl(MethodImplOptions.NoInlining)] // the rare case stays out of line: compiled matches inline the test above
    private static bool MatchesTuple(object? value, string name, int arity) =>
        value is FluentTuple tuple && tuple.Items.Length == arity + 1 && tuple.Items[0] is string tag && tag == name;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? TupleField(object? value, int index) => ((FluentTuple)value!).Items[index + 1];

    /// <summary>A list with exactly <paramref name="count"/> elements, or at least that many.</summary>
    public static bool TestList(object? value, int count, bool atLeast) =>
        value is FluentList list && (atLeast ? list.Count >= count : list.Count == count);

    public static object? Item(object? value, int index) => ((FluentList)value!).ItemAt(index);

    public static FluentList Rest(object? value, int count) => ((FluentList)value!).Drop(count);
}
