using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary><c>tuple fst snd tuple-ref tuple-length</c>.</summary>
internal static class TupleBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("tuple", 0, -1, a => a.Length == 0 ? FluentTuple.Empty : new FluentTuple(a.ToArray()));
        t.Add("fst", 1, a => Pair(a[0]).First);
        t.Add("snd", 1, a => Pair(a[0]).Second);
        t.Add("tuple-ref", 2, a => TupleRef(Arg.Tuple(a[0]), a[1]));
        t.Add("tuple-length", 1, a => RuntimeOps.Box(Arg.Tuple(a[0]).Items.Length));
    }

    /// <summary>The first two elements of a tuple (or of a list) of at least two.</summary>
    internal static (object? First, object? Second) Pair(object? v)
    {
        switch (v)
        {
            case FluentTuple tuple:
                if (tuple.Items.Length < 2)
                {
                    throw RuntimeErrors.IndexOutOfBounds(RuntimeOps.Box(tuple.Items.Length), tuple.Items.Length);
                }

                return (tuple.Items[0], tuple.Items[1]);
            case FluentList list:
                if (list.Count < 2)
                {
                    throw RuntimeErrors.IndexOutOfBounds(RuntimeOps.Box(list.Count), list.Count);
                }

                return (list.Head, list.Tail.Head);
            default:
                throw RuntimeErrors.TypeMismatch("Tuple", v);
        }
    }

    private static object? TupleRef(FluentTuple tuple, object? index) => tuple.Items[Arg.Index(index, tuple.Items.Length)];
}
