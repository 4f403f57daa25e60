using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>Builtins that apply a function to list elements: <c>map filter fold reduce scan ... group-by chunk</c>.</summary>
internal static class HigherOrderBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("map", 2, a => Map(Arg.Fn(a[0]), Arg.List(a[1])));
        t.Add("filter", 2, a => Filter(Arg.Fn(a[0]), Arg.List(a[1])));
        t.Add("fold", 3, a => Fold(Arg.Fn(a[0]), a[1], Arg.List(a[2])));
        t.Add("fold-right", 3, a => FoldRight(Arg.Fn(a[0]), a[1], Arg.List(a[2])));
        t.Add("reduce", 2, a => Reduce(Arg.Fn(a[0]), Arg.List(a[1])));
        t.Add("scan", 3, a => Scan(Arg.Fn(a[0]), a[1], Arg.List(a[2])));
        t.Add("any?", 2, a => RuntimeOps.Bool(Count(Arg.Fn(a[0]), Arg.List(a[1]), stopOn: true) > 0));
        t.Add("all?", 2, a => RuntimeOps.Bool(Count(Arg.Fn(a[0]), Arg.List(a[1]), stopOn: false) == 0));
        t.Add("none?", 2, a => RuntimeOps.Bool(Count(Arg.Fn(a[0]), Arg.List(a[1]), stopOn: true) == 0));
        t.Add("map-indexed", 2, a => MapIndexed(Arg.Fn(a[0]), Arg.List(a[1])));
        t.Add("flat-map", 2, a => FlatMap(Arg.Fn(a[0]), Arg.List(a[1])));
        t.Add("filter-map", 2, a => FilterMap(Arg.Fn(a[0]), Arg.List(a[1])));
        t.Add("apply", 2, a => Arg.Fn(a[0]).Invoke(Arg.List(a[1]).ToArray()));
        t.Add("iterate", 3, a => Iterate(Arg.Fn(a[0]), a[1], Arg.Count(a[2])));
        t.Add("repeat", 2, a => Repeat(a[0], Arg.Count(a[1])));
        t.Add("group-by", 2, a => GroupBy(Arg.Fn(a[0]), Arg.List(a[1])));
        t.Add("chunk", 2, a => Chunk(Positive(a[0], "chunk"), Arg.List(a[1])));
        t.Add("sliding-window", 2, a => SlidingWindow(Positive(a[0], "sliding-window"), Arg.List(a[1])));
    }

    private static FluentList Map(FunctionValue f, FluentList list)
    {
        var items = new FluentList.Builder(list.Count);
        foreach (var item in list)
        {
            items.Add(f.Invoke(item));
        }

        return items.ToList();
    }

    private static FluentList Filter(FunctionValue pred, FluentList list)
    {
        var items = default(FluentList.Builder);
        foreach (var item in list)
        {
            if (RuntimeOps.IsTruthy(pred.Invoke(item)))
            {
                items.Add(item);
            }
        }

        return items.Count == list.Count ? list : items.ToList();
    }

    private static object? Fold(FunctionValue f, object? acc, FluentList list)
    {
        foreach (var item in list)
        {
            acc = f.Invoke(acc, item);
        }

        return acc;
    }

    private static object? FoldRight(FunctionValue f, object? acc, FluentList list)
    {
        var items = list.ToArray();
        for (int i = items.Length - 1; i >= 0; i--)
        {
            acc = f.Invoke(items[i], acc);
        }

        return acc;
    }

    private static object? Reduce(FunctionValue f, FluentList list)
    {
        if (list.IsEmpty)
        {
            throw RuntimeErrors.EmptyList();
        }

        return Fold(f, list.Head, list.Tail);
    }

    // (scan f init lst): the running left fold, starting with init.
    private static FluentList Scan(FunctionValue f, object? acc, FluentList list)
    {
        var items = new List<object?>(list.Count + 1) { acc };
        foreach (var item in list)
        {
            acc = f.Invoke(acc, item);
            items.Add(acc);
        }

        return FluentList.FromList(items);
    }

    // Counts elements whose truthiness is stopOn, stopping at the first one.
    private static int Count(FunctionValue pred, FluentList list, bool stopOn)
    {
        foreach (var item in list)
        {
            if (RuntimeOps.IsTruthy(pred.Invoke(item)) == stopOn)
            {
                return 1;
            }
        }

        return 0;
    }

    private static FluentList MapIndexed(FunctionValue f, FluentList list)
    {
        var items = new object?[list.Count];
        int i = 0;
        foreach (var item in list)
        {
            items[i] = f.Invoke(RuntimeOps.Box(i), item);
            i++;
        }

        return FluentList.FromSpan(items);
    }

    private static FluentList FlatMap(FunctionValue f, FluentList list)
    {
        var items = new List<object?>();
        foreach (var item in list)
        {
            items.AddRange(Arg.List(f.Invoke(item)));
        }

        return FluentList.FromList(items);
    }

    // Keeps the results that are neither nil nor #f.
    private static FluentList FilterMap(FunctionValue f, FluentList list)
    {
        var items = new List<object?>();
        foreach (var item in list)
        {
            var result = f.Invoke(item);
            if (result is not null && result is not false)
            {
                items.Add(result);
            }
        }

        return FluentList.FromList(items);
    }

    // (iterate f init n): the n values init, (f init), (f (f init)), ...
    private static FluentList Iterate(FunctionValue f, object? value, int n)
    {
        var items = new object?[n];
        for (int i = 0; i < n; i++)
        {
            items[i] = value;
            if (i + 1 < n)
            {
                value = f.Invoke(value);
            }
        }

        return FluentList.FromSpan(items);
    }

    private static FluentList Repeat(object? x, int n)
    {
        var list = FluentList.Empty;
        for (int i = 0; i < n; i++)
        {
            list = FluentList.Cons(x, list);
        }

        return list;
    }

    // A dict from each key (f x) to the list of elements with that key, in order of first appearance.
    private static FluentDict GroupBy(FunctionValue f, FluentList list)
    {
        var groups = new Dictionary<object, List<object?>>(KeyComparer.Instance);
        var order = new List<object?>();
        foreach (var item in list)
        {
            var key = f.Invoke(item);
            var wrapped = KeyComparer.Wrap(key);
            if (!groups.TryGetValue(wrapped, out var members))
            {
                members = [];
                groups.Add(wrapped, members);
                order.Add(key);
            }

            members.Add(item);
        }

        var result = FluentDict.Empty;
        foreach (var key in order)
        {
            result = result.Set(key, FluentList.FromList(groups[KeyComparer.Wrap(key)]));
        }

        return result;
    }

    private static int Positive(object? v, string name)
    {
        long n = Arg.Long(v);
        if (n <= 0)
        {
            throw RuntimeErrors.Domain($"{name} size must be positive, got {n}");
        }

        return n > int.MaxValue ? int.MaxValue : (int)n;
    }

    private static FluentList Chunk(int n, FluentList list)
    {
        var chunks = new List<object?>();
        var cell = list;
        while (!cell.IsEmpty)
        {
            chunks.Add(ListBuiltins.Take(n, cell));
            cell = ListBuiltins.Drop(n, cell);
        }

        return FluentList.FromList(chunks);
    }

    private static FluentList SlidingWindow(int n, FluentList list)
    {
        var windows = new List<object?>();
        for (var cell = list; cell.Count >= n; cell = cell.Tail)
        {
            windows.Add(ListBuiltins.Take(n, cell));
        }

        return FluentList.FromList(windows);
    }
}
