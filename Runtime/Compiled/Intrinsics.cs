using System.Runtime.CompilerServices;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// Fast paths of hot builtins for compiled code. Each handles only the common, error-free case and
/// returns <see cref="Miss"/> for anything else; the code then calls the real builtin, so results and
/// errors are exactly the builtin's. Compiled code uses them only while no builtin was redefined.
/// </summary>
public static class Intrinsics
{
    /// <summary>"Not handled here: call the builtin."</summary>
    public static readonly object Miss = new();

    /// <summary>
    /// The method with the fast path of builtin <paramref name="name"/> called with <paramref name="arity"/>
    /// arguments, else null. A switch, not a dictionary keyed by (name, arity): that generic instantiation
    /// is in no precompiled image and was JIT-compiled at the first Dynamic eval of every process.
    /// </summary>
    public static string? MethodFor(string name, int arity) => (name, arity) switch
    {
        ("head", 1) => nameof(Head),
        ("tail", 1) => nameof(Tail),
        ("cons", 2) => nameof(Cons),
        ("empty?", 1) => nameof(IsEmpty),
        ("length", 1) => nameof(Length),
        ("not", 1) => nameof(Not),
        ("mod", 2) => nameof(Mod),
        ("+", 3) => nameof(Add3),
        ("+", 4) => nameof(Add4),
        _ => null,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Head(object? v) => v is FluentList { IsEmpty: false } list ? list.Head : Miss;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Tail(object? v) => v is FluentList { IsEmpty: false } list ? list.Tail : Miss;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Cons(object? head, object? tail) => tail is FluentList list ? FluentList.Cons(head, list) : Miss;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? IsEmpty(object? v) => v is FluentList list ? RuntimeOps.Bool(list.IsEmpty) : Miss;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Length(object? v) => v is FluentList list ? RuntimeOps.Box(list.Count) : Miss;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Not(object? v) => RuntimeOps.Bool(!CompiledOps.Truthy(v));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Mod(object? a, object? b) => a is long && b is long y && y != 0 ? RuntimeOps.Mod(a, b) : Miss;

    public static object? Add3(object? a, object? b, object? c)
    {
        if (a is long x && b is long y && c is long z)
        {
            long sum = unchecked(x + y);
            long total = unchecked(sum + z);
            if (((x ^ sum) & (y ^ sum)) >= 0 && ((sum ^ total) & (z ^ total)) >= 0)
            {
                return RuntimeOps.Box(total);
            }
        }

        return Miss;
    }

    public static object? Add4(object? a, object? b, object? c, object? d) =>
        Add3(a, b, c) is var partial && partial != Miss ? Add2(partial, d) : Miss;

    private static object? Add2(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            long sum = unchecked(x + y);
            if (((x ^ sum) & (y ^ sum)) >= 0)
            {
                return RuntimeOps.Box(sum);
            }
        }

        return Miss;
    }
}
