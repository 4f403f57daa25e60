using System.Numerics;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>The one-argument predicates: type tests, <c>empty? positive? negative? zero? even? odd? sorted?</c>.</summary>
internal static class PredicateBuiltins
{
    public static void Register(BuiltinTable t)
    {
        Type(t, "int?", v => v is long or BigInteger);
        Type(t, "float?", v => v is double);
        Type(t, "number?", RuntimeOps.IsNumber);
        Type(t, "string?", v => v is string);
        Type(t, "list?", v => v is FluentList);
        Type(t, "bool?", v => v is bool);
        t.Alias("boolean?", "bool?");
        Type(t, "function?", v => v is FunctionValue);
        Type(t, "nil?", v => v is null);
        Type(t, "tuple?", v => v is FluentTuple);
        Type(t, "dict?", v => v is FluentDict);
        Type(t, "set?", v => v is FluentSet);
        t.Add("empty?", 1, a => RuntimeOps.Bool(IsEmpty(a[0])));
        t.Add("positive?", 1, a => RuntimeOps.Bool(Sign(a[0]) > 0));
        t.Add("negative?", 1, a => RuntimeOps.Bool(Sign(a[0]) < 0));
        t.Add("zero?", 1, a => RuntimeOps.Bool(Sign(a[0]) == 0));
        t.Add("even?", 1, a => RuntimeOps.Bool(IsEven(a[0])));
        t.Add("odd?", 1, a => RuntimeOps.Bool(!IsEven(a[0])));
        t.Add("sorted?", 1, a => RuntimeOps.Bool(IsSorted(Arg.List(a[0]))));
    }

    private static void Type(BuiltinTable t, string name, Func<object?, bool> test) =>
        t.Add(name, 1, a => RuntimeOps.Bool(test(a[0])));

    private static bool IsEmpty(object? v) => v switch
    {
        null => true,
        FluentList l => l.IsEmpty,
        string s => s.Length == 0,
        FluentTuple tu => tu.Items.Length == 0,
        FluentDict d => d.IsEmpty,
        FluentSet s => s.IsEmpty,
        _ => throw RuntimeErrors.TypeMismatch("List", v),
    };

    /// <summary>-1, 0 or 1; NaN gives 2 (neither positive, negative nor zero).</summary>
    private static int Sign(object? v) => v switch
    {
        long l => Math.Sign(l),
        double d => double.IsNaN(d) ? 2 : Math.Sign(d),
        BigInteger b => b.Sign,
        _ => throw RuntimeErrors.TypeMismatch("Number", v),
    };

    private static bool IsEven(object? v) => v switch
    {
        long l => (l & 1) == 0,
        BigInteger b => b.IsEven,
        _ => throw RuntimeErrors.TypeMismatch("Int", v),
    };

    private static bool IsSorted(FluentList list)
    {
        if (list.IsEmpty)
        {
            return true;
        }

        var previous = list.Head;
        for (var cell = list.Tail; !cell.IsEmpty; cell = cell.Tail)
        {
            if (RuntimeOps.Less(cell.Head, previous))
            {
                return false;
            }

            previous = cell.Head;
        }

        return true;
    }
}
