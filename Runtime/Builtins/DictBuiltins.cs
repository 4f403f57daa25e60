using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>Persistent dict builtins: <c>dict-new dict-get dict-get-or dict-set dict-remove dict-has? dict-keys ...</c>.</summary>
internal static class DictBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("dict-new", 0, _ => FluentDict.Empty);
        t.Add("dict-get", 2, a => Arg.Dict(a[0]).TryGetValue(a[1], out var v) ? v : null);
        t.Add("dict-get-or", 3, a => Arg.Dict(a[0]).TryGetValue(a[1], out var v) ? v : a[2]);
        t.Add("dict-set", 3, a => Arg.Dict(a[0]).Set(a[1], a[2]));
        t.Add("dict-remove", 2, a => Arg.Dict(a[0]).Remove(a[1]));
        t.Add("dict-has?", 2, a => RuntimeOps.Bool(Arg.Dict(a[0]).ContainsKey(a[1])));
        t.Add("dict-keys", 1, a => FluentList.FromEnumerable(Arg.Dict(a[0]).Keys));
        t.Add("dict-values", 1, a => FluentList.FromEnumerable(Arg.Dict(a[0]).Values));
        t.Add("dict-items", 1, a => FluentList.FromEnumerable(Arg.Dict(a[0]).Select(p => (object?)new FluentTuple([p.Key, p.Value]))));
        t.Add("dict-size", 1, a => RuntimeOps.Box(Arg.Dict(a[0]).Count));
        t.Add("dict-merge", 2, a => Merge(Arg.Dict(a[0]), Arg.Dict(a[1])));
    }

    // The second dict wins on shared keys; keys keep the first dict's order, new keys follow.
    private static FluentDict Merge(FluentDict first, FluentDict second)
    {
        var result = first;
        foreach (var pair in second)
        {
            result = result.Set(pair.Key, pair.Value);
        }

        return result;
    }
}
