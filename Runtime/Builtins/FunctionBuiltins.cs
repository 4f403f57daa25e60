using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>Builtins that make functions: <c>compose pipe partial partial-right identity const flip curry memoize</c>.</summary>
internal static class FunctionBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("compose", 1, -1, a => Compose(Functions(a), reverse: true));
        t.Add("pipe", 1, -1, a => Compose(Functions(a), reverse: false));
        t.Add("partial", 1, -1, a => Partial(Arg.Fn(a[0]), a[1..].ToArray(), right: false));
        t.Add("partial-right", 1, -1, a => Partial(Arg.Fn(a[0]), a[1..].ToArray(), right: true));
        t.Add("identity", 1, a => a[0]);
        t.Add("const", 1, a => Const(a[0]));
        t.Add("flip", 1, a => Flip(Arg.Fn(a[0])));
        t.Add("curry", 1, 2, a => Curry(Arg.Fn(a[0]), a.Length == 2 ? Arg.Count(a[1]) : null));
        t.Add("memoize", 1, a => Memoize(Arg.Fn(a[0])));
    }

    private static FunctionValue[] Functions(ReadOnlySpan<object?> a)
    {
        var result = new FunctionValue[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            result[i] = Arg.Fn(a[i]);
        }

        return result;
    }

    // compose (f g) is f after g: the last function gets the arguments. pipe (f g) is g after f.
    private static FunctionValue Compose(FunctionValue[] fs, bool reverse)
    {
        if (reverse)
        {
            Array.Reverse(fs);
        }

        return new BuiltinFunction("composed", 0, BuiltinFunction.Variadic, args =>
        {
            object? value = fs[0].Invoke(args);
            for (int i = 1; i < fs.Length; i++)
            {
                value = fs[i].Invoke(value);
            }

            return value;
        });
    }

    private static FunctionValue Partial(FunctionValue f, object?[] fixedArgs, bool right)
    {
        return new BuiltinFunction("partial", 0, BuiltinFunction.Variadic, args =>
        {
            var all = new object?[fixedArgs.Length + args.Length];
            if (right)
            {
                args.CopyTo(all);
                fixedArgs.CopyTo(all, args.Length);
            }
            else
            {
                fixedArgs.CopyTo(all, 0);
                args.CopyTo(all.AsSpan(fixedArgs.Length));
            }

            return f.Invoke(all);
        });
    }

    private static FunctionValue Const(object? value) =>
        new BuiltinFunction("const", 0, BuiltinFunction.Variadic, _ => value);

    private static FunctionValue Flip(FunctionValue f) =>
        new BuiltinFunction("flipped", 2, BuiltinFunction.Variadic, args =>
        {
            var swapped = args.ToArray();
            (swapped[0], swapped[1]) = (swapped[1], swapped[0]);
            return f.Invoke(swapped);
        });

    /// <summary>
    /// A function of n parameters becomes n nested functions of one (each level also accepts several
    /// arguments at once). n is the function's <see cref="FunctionValue.FixedArity"/>, else 2, unless given.
    /// </summary>
    private static FunctionValue Curry(FunctionValue f, int? count)
    {
        int n = count ?? f.FixedArity ?? 2;
        return n <= 1 ? f : Curried(f, n, []);
    }

    private static FunctionValue Curried(FunctionValue f, int n, object?[] collected)
    {
        int remaining = n - collected.Length;
        return new BuiltinFunction("curried", 1, remaining, args =>
        {
            var all = new object?[collected.Length + args.Length];
            collected.CopyTo(all, 0);
            args.CopyTo(all.AsSpan(collected.Length));
            return all.Length == n ? f.Invoke(all) : Curried(f, n, all);
        });
    }

    // Caches by structurally equal argument lists; a call that raises is not cached.
    private static FunctionValue Memoize(FunctionValue f)
    {
        var cache = new Dictionary<object, object?>(KeyComparer.Instance);
        var memoized = new BuiltinFunction("memoized", 0, BuiltinFunction.Variadic, args =>
        {
            var key = new FluentTuple(args.ToArray());
            lock (cache)
            {
                if (cache.TryGetValue(key, out var hit))
                {
                    return hit;
                }
            }

            var result = f.Invoke(args);
            lock (cache)
            {
                cache[key] = result;
            }

            return result;
        });
        return memoized;
    }
}
