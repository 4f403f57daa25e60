using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>Persistent set builtins.</summary>
internal static class SetBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("set-new", 0, -1, a => FluentSet.FromEnumerable(a.ToArray()));
        t.Add("set-from-list", 1, a => FluentSet.FromEnumerable(Arg.List(a[0])));
        t.Add("set-add", 2, a => Arg.Set(a[0]).Add(a[1]));
        t.Add("set-remove", 2, a => Arg.Set(a[0]).Remove(a[1]));
        t.Add("set-has?", 2, a => RuntimeOps.Bool(Arg.Set(a[0]).Contains(a[1])));
        t.Add("set-union", 2, a => Union(Arg.Set(a[0]), Arg.Set(a[1])));
        t.Add("set-intersection", 2, a => Intersection(Arg.Set(a[0]), Arg.Set(a[1])));
        t.Add("set-difference", 2, a => Difference(Arg.Set(a[0]), Arg.Set(a[1])));
        t.Add("set-size", 1, a => RuntimeOps.Box(Arg.Set(a[0]).Count));
        t.Add("set-to-list", 1, a => FluentList.FromEnumerable(Arg.Set(a[0])));
    }

    private static FluentSet Union(FluentSet x, FluentSet y)
    {
        var result = x;
        foreach (var item in y)
        {
            result = result.Add(item);
        }

        return result;
    }

    private static FluentSet Intersection(FluentSet x, FluentSet y)
    {
        var result = x;
        foreach (var item in x)
        {
            if (!y.Contains(item))
            {
                result = result.Remove(item);
            }
        }

        return result;
    }

    private static FluentSet Difference(FluentSet x, FluentSet y)
    {
        var result = x;
        foreach (var item in y)
        {
            result = result.Remove(item);
        }

        return result;
    }
}
