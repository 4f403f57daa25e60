using FluentAI.Runtime;
using FluentAI.Runtime.Builtins;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class HigherOrderBuiltinsTests
{
    private static readonly FunctionValue Inc = Fn(x => RuntimeOps.Add(x, 1L));
    private static readonly FunctionValue Double = Fn(x => RuntimeOps.Mul(x, 2L));
    private static readonly FunctionValue Sub = Fn2(RuntimeOps.Sub);

    private static FunctionValue Builtin(string name)
    {
        Assert.IsTrue(BuiltinRegistry.TryGet(name, out var fn));
        return fn;
    }

    [TestMethod]
    public void MapFilterAcceptBuiltinsAndConstructors()
    {
        Assert.AreEqual("[2 3 4]", Show("map", Inc, L(1L, 2L, 3L)));
        Assert.AreEqual("[-1 -2]", Show("map", Builtin("-"), L(1L, 2L)));
        Assert.AreEqual("[(Some 1) (Some 2)]", Show("map", new DataConstructor("Some", 1), L(1L, 2L)));
        Assert.AreEqual("[2]", Show("filter", Fn(x => RuntimeOps.Equal(x, 2L)), L(1L, 2L, 3L)));
        RaisesCall(ErrorTypes.TypeMismatch, "expected Function, got Int", "map", 1L, L(1L));
        RaisesCall(ErrorTypes.TypeMismatch, "expected List", "map", Inc, 1L);
        RaisesCall(ErrorTypes.ArityMismatch, "Arity mismatch", "map", Sub, L(1L));
    }

    [TestMethod]
    public void FoldsAndReduceAndScan()
    {
        Assert.AreEqual(-6L, Call("fold", Sub, 0L, L(1L, 2L, 3L)));
        Assert.AreEqual(2L, Call("fold-right", Sub, 0L, L(1L, 2L, 3L)));
        Assert.AreEqual(10L, Call("reduce", Builtin("+"), L(1L, 2L, 3L, 4L)));
        Assert.AreEqual(7L, Call("reduce", Builtin("*"), L(7L)));
        RaisesCall(ErrorTypes.EmptyList, "Empty list", "reduce", Builtin("+"), L());
        Assert.AreEqual("[0 1 3 6]", Show("scan", Builtin("+"), 0L, L(1L, 2L, 3L)));
    }

    [TestMethod]
    public void QuantifiersAndIndexedMapping()
    {
        var positive = Builtin("positive?");
        Assert.AreEqual(true, Call("any?", positive, L(-1L, 2L)));
        Assert.AreEqual(false, Call("all?", positive, L(-1L, 2L)));
        Assert.AreEqual(true, Call("all?", positive, L()));
        Assert.AreEqual(true, Call("none?", positive, L(-1L, 0L)));
        Assert.AreEqual("[10 21]", Show("map-indexed", Fn2((i, x) => RuntimeOps.Add(RuntimeOps.Mul(x, 10L), i)), L(1L, 2L)));
        Assert.AreEqual("[1 1 2 2]", Show("flat-map", Fn(x => L(x, x)), L(1L, 2L)));
        Assert.AreEqual("[2 6]", Show("filter-map", Fn(x => (long)x! % 2 == 1 ? RuntimeOps.Mul(x, 2L) : null), L(1L, 2L, 3L)));
    }

    [TestMethod]
    public void ComposePipePartial()
    {
        var composed = (FunctionValue)Call("compose", Inc, Double)!;
        Assert.AreEqual(11L, composed.Invoke(5L));
        var piped = (FunctionValue)Call("pipe", Inc, Double)!;
        Assert.AreEqual(12L, piped.Invoke(5L));
        Assert.AreEqual(7L, ((FunctionValue)Call("partial", Sub, 10L)!).Invoke(3L));
        Assert.AreEqual(-7L, ((FunctionValue)Call("partial-right", Sub, 10L)!).Invoke(3L));
        Assert.AreEqual(7L, Call("identity", 7L));
        Assert.AreEqual(5L, ((FunctionValue)Call("const", 5L)!).Invoke(1L, 2L));
        Assert.AreEqual(-7L, ((FunctionValue)Call("flip", Sub)!).Invoke(10L, 3L));
    }

    [TestMethod]
    public void CurryUsesFixedArityAndDefaultsToTwo()
    {
        var curried = (FunctionValue)Call("curry", Sub)!;
        var partial = (FunctionValue)curried.Invoke(10L)!;
        Assert.AreEqual(7L, partial.Invoke(3L));
        var three = new BuiltinFunction("f3", 3, 3, a => RuntimeOps.Add(RuntimeOps.Mul(a[0], 100L), RuntimeOps.Add(RuntimeOps.Mul(a[1], 10L), a[2])));
        var c3 = (FunctionValue)Call("curry", three)!;
        Assert.AreEqual(123L, ((FunctionValue)((FunctionValue)c3.Invoke(1L)!).Invoke(2L)!).Invoke(3L));
        var variadic = (FunctionValue)Call("curry", Builtin("+"))!;
        Assert.AreEqual(5L, ((FunctionValue)variadic.Invoke(2L)!).Invoke(3L));
    }

    [TestMethod]
    public void ApplyIterateRepeat()
    {
        Assert.AreEqual(6L, Call("apply", Builtin("+"), L(1L, 2L, 3L)));
        Assert.AreEqual(0L, Call("apply", Builtin("+"), L()));
        Assert.AreEqual("(MkPair 1 \"x\")", Show("apply", new DataConstructor("MkPair", 2), L(1L, "x")));
        Assert.AreEqual("[1 2 4 8]", Show("iterate", Double, 1L, 4L));
        Assert.AreEqual("[\"x\" \"x\" \"x\"]", Show("repeat", "x", 3L));
        RaisesCall(ErrorTypes.ArityMismatch, "Some expects 1 arguments, got 2", "apply", new DataConstructor("Some", 1), L(1L, 2L));
    }

    [TestMethod]
    public void GroupByChunkSlidingWindow()
    {
        Assert.AreEqual("{#f [1 3], #t [2 4]}", Show("group-by", Builtin("even?"), L(1L, 2L, 3L, 4L)));
        Assert.AreEqual("[[1 2] [3 4] [5]]", Show("chunk", 2L, L(1L, 2L, 3L, 4L, 5L)));
        Assert.AreEqual("[[1 2] [2 3]]", Show("sliding-window", 2L, L(1L, 2L, 3L)));
        Assert.AreEqual("[]", Show("sliding-window", 5L, L(1L, 2L, 3L)));
        RaisesCall(ErrorTypes.DomainError, "Domain error", "chunk", 0L, L(1L));
    }

    [TestMethod]
    public void MemoizeCachesByStructurallyEqualArguments()
    {
        int calls = 0;
        var square = Fn(x =>
        {
            calls++;
            return RuntimeOps.Mul(x, x);
        });
        var fast = (FunctionValue)Call("memoize", square)!;
        Assert.AreEqual(16L, fast.Invoke(4L));
        Assert.AreEqual(16L, fast.Invoke(4L));
        Assert.AreEqual(16L, fast.Invoke(4.0)); // 4.0 == 4: the cached result is returned
        Assert.AreEqual(1, calls);
        Assert.AreEqual(25L, fast.Invoke(5L));
        Assert.AreEqual(2, calls);
        var byList = (FunctionValue)Call("memoize", Fn(x => { calls++; return x; }))!;
        byList.Invoke(L(1L, 2L));
        byList.Invoke(L(1L, 2L));
        Assert.AreEqual(3, calls);
    }

    [TestMethod]
    public void MemoizedRecursionThroughTheCacheIsFast()
    {
        FunctionValue? fib = null;
        fib = (FunctionValue)Call("memoize", Fn(n => RuntimeOps.Less(n, 2L) ? n : RuntimeOps.Add(fib!.Invoke(RuntimeOps.Sub(n, 1L)), fib!.Invoke(RuntimeOps.Sub(n, 2L)))))!;
        Assert.AreEqual(Big("354224848179261915075"), fib.Invoke(100L));
    }
}
