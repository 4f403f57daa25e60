using System.Numerics;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Hosting;

/// <summary>A host calls compiled functions directly: <see cref="FluentEngine.Call"/> and typed delegates in Dynamic mode.</summary>
[TestClass]
public sealed class DynamicModeHostCallTests
{
    private static FluentEngine Engine()
    {
        FluentEngine engine = EngineModes.New(EngineModes.Dynamic);
        engine.Eval("""
            (define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
            (define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
            (define (greet s) (string-append "hi " s))
            (define (depth n) (if (= n 0) 0 (+ 1 (depth (- n 1)))))
            """);
        return engine;
    }

    [TestMethod]
    public void GetFunction_GivesATypedDelegateOverCompiledCode()
    {
        FluentEngine engine = Engine();
        Func<long, long> fib = engine.GetFunction<Func<long, long>>("fib");
        Assert.AreEqual(6765L, fib(20));
        Assert.AreEqual(0L, fib(0));
        Assert.AreEqual(BigInteger.Parse("265252859812191058636308480000000"), engine.GetFunction<Func<long, BigInteger>>("fact")(30));
        Assert.AreEqual("hi you", engine.GetFunction<Func<string, string>>("greet")("you"));
    }

    [TestMethod]
    public void Call_InvokesCompiledCodeWithWidenedArguments()
    {
        FluentEngine engine = Engine();
        Assert.AreEqual(6765L, engine.Call("fib", 20));
        Assert.AreEqual(6765L, engine.Call("fib", 20L));
        Assert.AreEqual(BigInteger.Parse("51090942171709440000"), engine.Call("fact", 21));
        Assert.AreEqual(2.0, engine.Call("fib", 2.5), "a non-fixnum argument takes the generic path");
    }

    [TestMethod]
    public void Call_RunsDeepRecursionOnALargeStack()
    {
        Assert.AreEqual(100_000L, Engine().Call("depth", 100_000));
    }

    [TestMethod]
    public void Call_ReportsRuntimeErrors()
    {
        FluentEngine engine = Engine();
        var error = Assert.ThrowsExactly<FluentRuntimeException>(() => engine.Call("fact", "x"));
        Assert.AreEqual("type-mismatch", error.ErrorType);
        var arity = Assert.ThrowsExactly<FluentRuntimeException>(() => engine.Call("fib", 1, 2));
        Assert.AreEqual("arity-mismatch", arity.ErrorType);
    }
}
