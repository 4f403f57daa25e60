using FluentAI.Runtime;
using FluentAI.Runtime.Builtins;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Values;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class EffectDispatchTests
{
    private static HandlerFrame Frame(HandlerFrame? parent, params (string Name, FunctionValue Fn)[] entries) =>
        new(entries.ToDictionary(e => e.Name, e => e.Fn), parent);

    private static FunctionValue Variadic(Func<object?[], object?> f) =>
        new BuiltinFunction("h", 0, BuiltinFunction.Variadic, a => f(a.ToArray()));

    [TestMethod]
    public void PrintSeparatesArgumentsWithSpacesAndShowsStringsRaw()
    {
        using var scope = new ContextScope();
        Assert.IsNull(Call("io:print", "hello", 1L, "x y", L("a"), 2.0));
        Call("io:print");
        Call("print-line", "one");
        Assert.AreEqual("hello 1 x y [\"a\"] 2.0\n\none\n", scope.Text);
    }

    [TestMethod]
    public void ReadLineReadsTheContextInputAndNilAtEnd()
    {
        using var scope = new ContextScope("first\nsecond");
        Assert.AreEqual("first", Call("io:read-line"));
        Assert.AreEqual("second", Call("io:read-line"));
        Assert.IsNull(Call("io:read-line"));
    }

    [TestMethod]
    public void InnermostHandlerForTheOpWins()
    {
        using var scope = new ContextScope();
        var outer = Frame(null, ("io:print", Variadic(_ => "outer")));
        scope.Context.Handlers = Frame(outer, ("io:print", Variadic(_ => "inner")));
        Assert.AreEqual("inner", Call("io:print", "x"));
        Assert.AreEqual("", scope.Text);
    }

    [TestMethod]
    public void WholeKindHandlerReceivesTheOpNameFirst()
    {
        using var scope = new ContextScope();
        object?[]? seen = null;
        scope.Context.Handlers = Frame(null, ("state", Variadic(a => { seen = a; return 42L; })));
        Assert.AreEqual(42L, Call("state:set", "n", 21L));
        CollectionAssert.AreEqual(new object?[] { "state:set", "n", 21L }, seen);
        Assert.IsNull(scope.Context.State.Get("n"));
    }

    [TestMethod]
    public void OpEntryOfAnInnerFrameBeatsKindEntryOfOuterAndViceVersa()
    {
        using var scope = new ContextScope();
        var outer = Frame(null, ("state:get", Variadic(_ => "outer-op")));
        scope.Context.Handlers = Frame(outer, ("state", Variadic(_ => "inner-kind")));
        Assert.AreEqual("inner-kind", Call("state:get", "k"));
        scope.Context.Handlers = Frame(null, ("state", Variadic(_ => "kind")), ("state:get", Variadic(_ => "op")));
        Assert.AreEqual("op", Call("state:get", "k"));
    }

    [TestMethod]
    public void HandlerRunsOutsideItsOwnFrameAndTheFrameIsRestored()
    {
        using var scope = new ContextScope();
        HandlerFrame? during = null;
        HandlerFrame? inner = null;
        var outer = Frame(null, ("io:print", Variadic(a => { scope.Output.Write("outer saw " + a[0] + "\n"); return null; })));
        inner = Frame(outer, ("io:print", Variadic(a =>
        {
            during = FluentContext.Current.Handlers;
            return Call("io:print", "inner saw " + a[0]);
        })));
        scope.Context.Handlers = inner;
        Call("io:print", "hi");
        Assert.AreSame(outer, during);
        Assert.AreSame(inner, scope.Context.Handlers);
        Assert.AreEqual("outer saw inner saw hi\n", scope.Text);
    }

    [TestMethod]
    public void FrameIsRestoredWhenTheHandlerThrows()
    {
        using var scope = new ContextScope();
        var frame = Frame(null, ("io:print", Variadic(_ => throw FluentAI.Runtime.Errors.RuntimeErrors.Domain("boom"))));
        scope.Context.Handlers = frame;
        Assert.ThrowsExactly<FluentAI.Runtime.Errors.FluentException>(() => Call("io:print", "x"));
        Assert.AreSame(frame, scope.Context.Handlers);
    }

    [TestMethod]
    public void UnrelatedHandlersFallThroughToTheDefault()
    {
        using var scope = new ContextScope();
        scope.Context.Handlers = Frame(null, ("state", Variadic(_ => "state")), ("error", Variadic(_ => "err")));
        Call("io:print", "plain");
        Assert.AreEqual("plain\n", scope.Text);
    }

    [TestMethod]
    public void EffectBuiltinPassedAsAValueStillHonoursHandlers()
    {
        using var scope = new ContextScope();
        scope.Context.Handlers = Frame(null, ("io:print", Variadic(a => RuntimeOps.Mul(a[0], 10L))));
        Assert.IsTrue(BuiltinRegistry.TryGet("io:print", out var print));
        Assert.AreEqual("[10 20]", Show("map", print, L(1L, 2L)));
        Assert.AreEqual("", scope.Text);
    }

    [TestMethod]
    public void PrintLineIsAnIoPrintForHandlers()
    {
        using var scope = new ContextScope();
        scope.Context.Handlers = Frame(null, ("io", Variadic(a => a[0])));
        Assert.AreEqual("io:print", Call("print-line", "x"));
    }

    [TestMethod]
    public void FindErrorFrameReturnsTheInnermostFrameWithAnErrorEntry()
    {
        using var scope = new ContextScope();
        Assert.IsNull(scope.Context.FindErrorFrame());
        var withError = Frame(null, ("error", Variadic(_ => null)));
        var plain = Frame(withError, ("io", Variadic(_ => null)));
        scope.Context.Handlers = plain;
        Assert.AreSame(withError, scope.Context.FindErrorFrame());
        Assert.IsNotNull(withError.ErrorHandler);
        Assert.IsNull(plain.ErrorHandler);
        var previous = scope.Context.PushHandlers(Frame(plain, ("error", Variadic(_ => null))));
        Assert.AreSame(plain, previous);
        Assert.AreNotSame(withError, scope.Context.FindErrorFrame());
    }

    [TestMethod]
    public void CurrentIsPerThreadAndCreatedLazily()
    {
        using var scope = new ContextScope();
        FluentContext? other = null;
        var thread = new Thread(() => other = FluentContext.Current);
        thread.Start();
        thread.Join();
        Assert.IsNotNull(other);
        Assert.AreNotSame(scope.Context, other);
        Assert.AreSame(scope.Context, FluentContext.Current);
    }

    [TestMethod]
    public void RandomAndTimeDefaults()
    {
        using var scope = new ContextScope();
        scope.Context.Random = new Random(1);
        for (int i = 0; i < 50; i++)
        {
            long n = (long)Call("random:int", 1L, 3L)!;
            Assert.IsTrue(n is >= 1 and <= 3, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            double f = (double)Call("random:float")!;
            Assert.IsTrue(f is >= 0 and < 1);
            Assert.Contains((string)Call("random:choice", L("a", "b"))!, new[] { "a", "b" });
        }

        Assert.AreEqual(5L, Call("random:int", 5L, 5L));
        RaisesCall(FluentAI.Runtime.Errors.ErrorTypes.EmptyList, "Empty list", "random:choice", FluentList.Empty);
        double now = (double)Call("time:now")!;
        Assert.IsTrue(now > 1.7e9, now.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.IsNull(Call("time:sleep", 0L));
    }
}
