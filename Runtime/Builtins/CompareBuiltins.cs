namespace FluentAI.Runtime.Builtins;

/// <summary><c>== = != not= &lt; &gt; &lt;= &gt;=</c> (two or more arguments, chained), <c>not</c>, <c>xor</c>.</summary>
internal static class CompareBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("==", 2, -1, a => RuntimeOps.Bool(AllEqual(a)));
        t.Alias("=", "==");
        t.Add("!=", 2, -1, a => RuntimeOps.Bool(!AllEqual(a)));
        t.Alias("not=", "!=");
        t.Add("<", 2, -1, a => Chain(a, RuntimeOps.Less));
        t.Add(">", 2, -1, a => Chain(a, RuntimeOps.Greater));
        t.Add("<=", 2, -1, a => Chain(a, RuntimeOps.LessEqual));
        t.Add(">=", 2, -1, a => Chain(a, RuntimeOps.GreaterEqual));
        t.Add("not", 1, a => RuntimeOps.Bool(!RuntimeOps.IsTruthy(a[0])));
        t.Add("xor", 2, a => RuntimeOps.Bool(RuntimeOps.IsTruthy(a[0]) != RuntimeOps.IsTruthy(a[1])));
    }

    private static bool AllEqual(ReadOnlySpan<object?> a)
    {
        for (int i = 1; i < a.Length; i++)
        {
            if (!RuntimeOps.Equal(a[i - 1], a[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Every pair is checked (so a type error anywhere in the chain is reported), then the result.
    private static object Chain(ReadOnlySpan<object?> a, Func<object?, object?, bool> test)
    {
        bool result = true;
        for (int i = 1; i < a.Length; i++)
        {
            result &= test(a[i - 1], a[i]);
        }

        return RuntimeOps.Bool(result);
    }
}
