using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// What typed code does with <c>object</c> values: unboxing and the pure builtins. Each handles
/// the case typed code expects and otherwise throws <see cref="TypedCodeExit"/>, so the call reruns boxed
/// (and the real builtin gives its result or error). Typed code is entered only while no builtin was redefined.
/// </summary>
public static partial class TypedOps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ToLong(object? value) => value is long x ? x : Exit<long>();

    /// <summary>A field of a value that matched a constructor pattern, as an integer (unboxed if the value holds it so).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FieldLong(object? value, int index) =>
        value is DataValue data ? data.FieldLong(index) : ToLong(CompiledOps.Field(value, index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Head(object? value) => value is FluentList { IsEmpty: false } list ? list.Head : Exit<object>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FluentList Tail(object? value) => value is FluentList { IsEmpty: false } list ? list.Tail : Exit<FluentList>();

    /// <summary>A value typed code needs as a list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FluentList ToList(object? value) => value as FluentList ?? Exit<FluentList>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? HeadOfList(FluentList list) => list.IsEmpty ? Exit<object>() : list.Head;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FluentList TailOfList(FluentList list) => list.IsEmpty ? Exit<FluentList>() : list.TailOfNonEmpty;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsEmptyList(FluentList list) => list.IsEmpty;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long LengthOfList(FluentList list) => list.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FluentList ConsOntoList(object? head, FluentList tail) => FluentList.Cons(head, tail);

    /// <summary><c>cons</c> with the list first (a list literal built from its last item).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FluentList ConsOnto(FluentList tail, object? head) => FluentList.Cons(head, tail);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsEmpty(object? value) => value is FluentList list ? list.IsEmpty : Exit<bool>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Length(object? value) => value is FluentList list ? list.Count : Exit<long>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FluentList Cons(object? head, object? tail) => tail is FluentList list ? FluentList.Cons(head, list) : Exit<FluentList>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Not(object? value) => !CompiledOps.Truthy(value);

    /// <summary><c>to-string</c>: the display text of a value (a string as it is).</summary>
    public static object ToText(object? value) => Printing.Printer.DisplayRaw(value);

    /// <summary><c>string-join</c>: a string delimiter and a list; anything else (or a join too long for a string) leaves typed code, and the boxed rerun reports it.</summary>
    public static object StringJoin(object? delimiter, object? list)
    {
        if (delimiter is not string text || list is not FluentList items)
        {
            return Exit<object>();
        }

        try
        {
            return Builtins.StringBuiltins.Join(text, items);
        }
        catch (Exception error) when (error is not FluentAI.Runtime.Errors.FluentException)
        {
            return Exit<object>();
        }
    }

    /// <summary><c>string-length</c> of a string, in code points; of anything else it leaves typed code.</summary>
    public static long StringLength(object? value) => value is string text ? Builtins.StringBuiltins.CodePointCount(text) : Exit<long>();

    /// <summary><c>to-string</c> of an integer typed code holds unboxed.</summary>
    public static object LongToText(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>=</c> on any two values, as the builtin compares them (an error leaves typed code, for the boxed rerun to report).</summary>
    public static bool Equal(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return x == y;
        }

        try
        {
            return RuntimeOps.Equal(a, b);
        }
        catch (Errors.FluentException)
        {
            return Exit<bool>();
        }
    }

    /// <summary>Leaves typed code: a value its entry excluded (a loop limit at an extreme value) is handled by the boxed rerun.</summary>
    [DoesNotReturn]
    public static void Leave() => throw TypedCodeExit.Instance;

    /// <summary>No clause of a <c>match</c> matched: the boxed rerun raises the error with its position.</summary>
    public static object? NoMatch() => Exit<object>();

    /// <summary><c>=</c> on a value and an integer, as the builtin compares them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualLong(object? a, long b) => a is long x ? x == b : Equal(a, RuntimeOps.Box(b));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T Exit<T>() => throw TypedCodeExit.Instance;
}
