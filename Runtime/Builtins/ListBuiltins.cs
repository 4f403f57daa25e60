using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>List builtins: construction, access, slicing, <c>range</c>, sorting and searching.</summary>
internal static class ListBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("cons", 2, a => FluentList.Cons(a[0], Arg.List(a[1])));
        t.Add("head", 1, a => NonEmpty(a[0]).Head);
        t.Add("tail", 1, a => NonEmpty(a[0]).Tail);
        t.Add("length", 1, a => RuntimeOps.Box(Length(a[0])));
        t.Add("nth", 2, a => Nth(Arg.List(a[0]), a[1]));
        t.Add("append", 2, -1, Append);
        t.Add("reverse", 1, a => a[0] is string s ? StringBuiltins.Reverse(s) : Reverse(Arg.List(a[0])));
        t.Alias("list-reverse", "reverse");
        t.Add("take", 2, a => Take(Arg.Count(a[0]), Arg.List(a[1])));
        t.Add("drop", 2, a => Drop(Arg.Count(a[0]), Arg.List(a[1])));
        t.Add("range", 1, 3, Range);
        t.Add("list-sort", 1, 2, Sort);
        t.Add("list-slice", 2, 3, Slice);
        t.Add("list-flatten", 1, a => Flatten(Arg.List(a[0])));
        t.Add("list-zip", 2, a => Zip(Arg.List(a[0]), Arg.List(a[1])));
        t.Add("list-unzip", 1, a => Unzip(Arg.List(a[0])));
        t.Add("list-partition", 2, a => Partition(Arg.Fn(a[0]), Arg.List(a[1])));
        t.Add("list-find", 2, a => Find(Arg.Fn(a[0]), Arg.List(a[1])));
        t.Add("list-index-of", 2, a => RuntimeOps.Box(IndexOf(a[0], Arg.List(a[1]))));
        t.Add("list-unique", 1, a => FluentList.FromEnumerable(FluentSet.FromEnumerable(Arg.List(a[0]))));
        t.Add("last", 1, a => Last(NonEmpty(a[0])));
        t.Add("contains?", 2, a => RuntimeOps.Bool(Contains(a[0], a[1])));
    }

    private static FluentList NonEmpty(object? v)
    {
        var list = Arg.List(v);
        return list.IsEmpty ? throw RuntimeErrors.EmptyList() : list;
    }

    internal static int Length(object? v) => v switch
    {
        FluentList l => l.Count,
        string s => StringBuiltins.CodePointCount(s),
        FluentTuple tu => tu.Items.Length,
        FluentDict d => d.Count,
        FluentSet s => s.Count,
        _ => throw RuntimeErrors.TypeMismatch("List", v),
    };

    private static object? Nth(FluentList list, object? index)
    {
        return list.ItemAt(Arg.Index(index, list.Count));
    }

    private static object? Append(ReadOnlySpan<object?> a)
    {
        var result = Arg.List(a[^1]);
        for (int i = a.Length - 2; i >= 0; i--)
        {
            result = Concat(Arg.List(a[i]), result);
        }

        return result;
    }

    internal static FluentList Concat(FluentList front, FluentList back)
    {
        if (front.IsEmpty)
        {
            return back;
        }

        if (back.IsEmpty)
        {
            return front;
        }

        var items = front.ToArray();
        var result = back;
        for (int i = items.Length - 1; i >= 0; i--)
        {
            result = FluentList.Cons(items[i], result);
        }

        return result;
    }

    internal static FluentList Reverse(FluentList list)
    {
        var result = FluentList.Empty;
        foreach (var item in list)
        {
            result = FluentList.Cons(item, result);
        }

        return result;
    }

    internal static FluentList Take(int n, FluentList list)
    {
        if (n >= list.Count)
        {
            return list;
        }

        var items = new FluentList.Builder(n);
        foreach (object? item in list)
        {
            if (items.Count == n)
            {
                break;
            }

            items.Add(item);
        }

        return items.ToList();
    }

    internal static FluentList Drop(int n, FluentList list) => list.Drop(Math.Min(Math.Max(n, 0), list.Count));

    private static object? Range(ReadOnlySpan<object?> a)
    {
        long start = 0;
        long step = 1;
        long end;
        if (a.Length == 1)
        {
            end = Arg.Long(a[0]);
        }
        else
        {
            start = Arg.Long(a[0]);
            end = Arg.Long(a[1]);
            if (a.Length == 3)
            {
                step = Arg.Long(a[2]);
            }
        }

        if (step == 0)
        {
            throw RuntimeErrors.Domain("range step cannot be zero");
        }

        // The elements are start + k * step for 0 <= k < count, in one array of integers.
        System.Numerics.BigInteger span = step > 0 ? (System.Numerics.BigInteger)end - start : (System.Numerics.BigInteger)start - end;
        System.Numerics.BigInteger magnitude = System.Numerics.BigInteger.Abs(step);
        long count = span <= 0 ? 0 : (long)((span + magnitude - 1) / magnitude);
        if (count > Array.MaxLength)
        {
            throw RuntimeErrors.Domain($"range of {count} elements is too long");
        }

        return FluentList.Range(start, step, (int)count);
    }

    // Stable merge sort by the ordering of < or by a "less than" function. (Not Array.Sort/OrderBy:
    // they wrap exceptions thrown by the comparer, which would hide FluentAI errors.)
    private static object? Sort(ReadOnlySpan<object?> a)
    {
        var list = Arg.List(a[0]);
        IComparer<object?> comparer = a.Length == 2
            ? new FunctionComparer(Arg.Fn(a[1]))
            : Comparer<object?>.Create(static (x, y) => RuntimeOps.Compare(x, y) ?? 0);
        var items = list.ToArray();
        MergeSort.Sort(items, comparer);
        return FluentList.FromSpan(items);
    }

    private sealed class FunctionComparer(FunctionValue less) : IComparer<object?>
    {
        public int Compare(object? x, object? y)
        {
            if (RuntimeOps.IsTruthy(less.Invoke(x, y)))
            {
                return -1;
            }

            return RuntimeOps.IsTruthy(less.Invoke(y, x)) ? 1 : 0;
        }
    }

    // (list-slice lst start [end]): 0-based, end exclusive.
    private static object? Slice(ReadOnlySpan<object?> a)
    {
        var list = Arg.List(a[0]);
        long start = Arg.Long(a[1]);
        long end = a.Length == 3 ? Arg.Long(a[2]) : list.Count;
        if (start < 0 || end > list.Count || start > end)
        {
            throw RuntimeErrors.IndexOutOfBounds("Invalid slice indices");
        }

        return Take((int)(end - start), Drop((int)start, list));
    }

    // One level: elements that are lists are spliced in, others kept.
    private static FluentList Flatten(FluentList list)
    {
        var items = new List<object?>();
        foreach (var item in list)
        {
            if (item is FluentList inner)
            {
                items.AddRange(inner);
            }
            else
            {
                items.Add(item);
            }
        }

        return FluentList.FromList(items);
    }

    private static FluentList Zip(FluentList x, FluentList y)
    {
        var items = new List<object?>();
        var ex = x.GetEnumerator();
        var ey = y.GetEnumerator();
        while (ex.MoveNext() && ey.MoveNext())
        {
            items.Add(new FluentTuple([ex.Current, ey.Current]));
        }

        return FluentList.FromList(items);
    }

    private static FluentTuple Unzip(FluentList pairs)
    {
        var firsts = new List<object?>();
        var seconds = new List<object?>();
        foreach (var pair in pairs)
        {
            var (first, second) = TupleBuiltins.Pair(pair);
            firsts.Add(first);
            seconds.Add(second);
        }

        return new FluentTuple([FluentList.FromList(firsts), FluentList.FromList(seconds)]);
    }

    private static FluentTuple Partition(FunctionValue pred, FluentList list)
    {
        var yes = new List<object?>();
        var no = new List<object?>();
        foreach (var item in list)
        {
            (RuntimeOps.IsTruthy(pred.Invoke(item)) ? yes : no).Add(item);
        }

        return new FluentTuple([FluentList.FromList(yes), FluentList.FromList(no)]);
    }

    private static object? Find(FunctionValue pred, FluentList list)
    {
        foreach (var item in list)
        {
            if (RuntimeOps.IsTruthy(pred.Invoke(item)))
            {
                return item;
            }
        }

        return null;
    }

    private static long IndexOf(object? x, FluentList list)
    {
        long i = 0;
        foreach (var item in list)
        {
            if (RuntimeOps.Equal(item, x))
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    private static object? Last(FluentList list)
    {
        return list.ItemAt(list.Count - 1);
    }

    // (contains? lst x); also a string (substring), a set (member) or a dict (key).
    private static bool Contains(object? collection, object? x)
    {
        switch (collection)
        {
            case FluentList list:
                foreach (var item in list)
                {
                    if (RuntimeOps.Equal(item, x))
                    {
                        return true;
                    }
                }

                return false;
            case string s:
                return s.Contains(Arg.Str(x), StringComparison.Ordinal);
            case FluentSet set:
                return set.Contains(x);
            case FluentDict dict:
                return dict.ContainsKey(x);
            default:
                throw RuntimeErrors.TypeMismatch("List", collection);
        }
    }
}
