using FluentAI.Compiler.Hosting;
using FluentAI.Runtime.Compiled;
using FluentAI.Compiler.Vm;

namespace FluentAI.Tests.Hosting;

/// <summary>Tiered mode: which functions move to IL, when, and that results do not change when they do.</summary>
[TestClass]
public sealed class TierUpPromotionTests
{
    private static FluentEngine Tiered(int threshold) =>
        new(new FluentEngineOptions { Mode = ExecutionMode.Tiered, TierUpThreshold = threshold, Output = TextWriter.Null });

    [TestMethod]
    public void AHotTopLevelFunctionIsCompiledAndKeepsItsAnswers()
    {
        FluentEngine engine = Tiered(threshold: 10);
        engine.Eval("(define (sq x) (* x x))");
        Assert.IsInstanceOfType<VmClosure>(engine.Eval("sq"));

        for (int i = 0; i < 30; i++)
        {
            Assert.AreEqual((long)i * i, engine.Call("sq", i));
        }

        Assert.IsInstanceOfType<CompiledClosure>(engine.Eval("sq"), "sq should have been compiled after 10 calls");
        Assert.AreEqual(1_000_000L, engine.Call("sq", 1000));
    }

    [TestMethod]
    public void AColdFunctionStaysOnTheVm()
    {
        FluentEngine engine = Tiered(threshold: 1000);
        engine.Eval("(define (sq x) (* x x))");
        for (int i = 0; i < 20; i++)
        {
            engine.Call("sq", i);
        }

        Assert.IsInstanceOfType<VmClosure>(engine.Eval("sq"));
    }

    [TestMethod]
    public void AHotLambdaPromotesTheFunctionItIsWrittenIn()
    {
        FluentEngine engine = Tiered(threshold: 50);
        engine.Eval("(define (total xs) (fold (lambda (acc x) (+ acc x)) 0 xs))");
        for (int i = 0; i < 3; i++)
        {
            Assert.AreEqual(4950L, engine.Eval("(total (range 0 100))"));
        }

        Assert.IsInstanceOfType<CompiledClosure>(engine.Eval("total"), "the lambda's 50th call should promote total");
        Assert.AreEqual(4950L, engine.Eval("(total (range 0 100))"));
    }

    [TestMethod]
    public void MutuallyRecursiveFunctionsMoveTogetherAndKeepTailCallsConstantSpace()
    {
        FluentEngine engine = Tiered(threshold: 100);
        engine.Eval("(define (ev? n) (if (= n 0) #t (od? (- n 1)))) (define (od? n) (if (= n 0) #f (ev? (- n 1))))");
        Assert.AreEqual(true, engine.Eval("(ev? 1000)"));
        Assert.AreEqual(true, engine.Eval("(ev? 1000000)"));
        Assert.IsInstanceOfType<CompiledClosure>(engine.Eval("ev?"));
        Assert.IsInstanceOfType<CompiledClosure>(engine.Eval("od?"));
        Assert.AreEqual(false, engine.Eval("(ev? 1000001)"));
    }

    [TestMethod]
    public void ARedefinitionBeforePromotionIsNotUndone()
    {
        FluentEngine engine = Tiered(threshold: 5);
        engine.Eval("(define (f x) 1) (define (g x) (f x))");
        engine.Eval("(define (f x) 2)");
        for (int i = 0; i < 20; i++)
        {
            Assert.AreEqual(2L, engine.Call("g", i));
        }
    }
}
