using System.Numerics;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// <see cref="FluentEngine.Call"/> runs a typed function tentatively on the host's own thread; whatever needs more
/// stack, boxed code, or an effect moves the whole call to a large stack, which must give exactly what a call
/// there from the start gives: the same value, the same error, and every effect once.
/// </summary>
[TestClass]
public sealed class TentativeCallTests
{
    private const string Definitions = """
        (define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
        (define (depth n) (if (= n 0) 0 (+ 1 (depth (- n 1)))))
        (define (square n) (* n n))
        (define (f x) (+ x 1))
        (define (g x) (* 2 (f x)))
        """;

    private static FluentEngine Engine(string mode = EngineModes.Dynamic, TextWriter? output = null)
    {
        FluentEngine engine = EngineModes.New(mode, output);
        engine.Eval(Definitions);
        return engine;
    }

    [TestMethod]
    public void ACallOfTypedCode_RunsOnTheCallersThread()
    {
        Assert.IsFalse(LargeStack.IsCurrentThreadLarge, "the test's own thread is an ordinary one");
        FluentEngine engine = Engine();
        Assert.AreEqual(6765L, engine.Call("fib", 20));
        Assert.AreEqual(832040L, engine.Call("fib", 30));
        Assert.AreEqual(2, engine.CallsRunHere);
        Assert.AreEqual(0, engine.CallsMovedToLargeStack);
    }

    [TestMethod]
    public void ACallDeeperThanTheBudget_MovesToALargeStack_AndLaterCallsGoThereFirst()
    {
        FluentEngine engine = Engine();
        Assert.AreEqual(100_000L, engine.Call("depth", 100_000));
        Assert.AreEqual(1, engine.CallsMovedToLargeStack, "100,000 frames are far past the tentative budget");
        Assert.AreEqual(0, engine.CallsRunHere);

        Assert.AreEqual(5L, engine.Call("depth", 5));
        Assert.AreEqual(1, engine.CallsMovedToLargeStack, "a function once moved is not tried here again");
        Assert.AreEqual(0, engine.CallsRunHere);
    }

    [TestMethod]
    public void OnAThreadWithASmallStack_ACallStopsShortOfItsEnd_AndMovesToALargeStack()
    {
        long shallow = 0, deep = 0;
        int runHere = 0, moved = 0;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    FluentEngine engine = Engine();
                    shallow = (long)engine.Call("fib", 15)!;
                    deep = (long)engine.Call("depth", 50_000)!;
                    (runHere, moved) = (engine.CallsRunHere, engine.CallsMovedToLargeStack);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();

        Assert.IsNull(failure, failure?.ToString());
        Assert.AreEqual(610L, shallow);
        Assert.AreEqual(50_000L, deep);
        Assert.AreEqual(1, runHere);
        Assert.AreEqual(1, moved);
    }

    [TestMethod]
    public void AnArgumentTheTypedPathDoesNotTake_RunsTheBoxedBodyOnALargeStack()
    {
        FluentEngine engine = Engine();
        Assert.AreEqual(2.0, engine.Call("fib", 2.5));
        Assert.AreEqual(1, engine.CallsMovedToLargeStack);
        Assert.AreEqual(0, engine.CallsRunHere);
    }

    [TestMethod]
    public void AnOverflowInATentativeRun_GivesTheExactResult()
    {
        FluentEngine engine = Engine();
        Assert.AreEqual(new BigInteger(1L << 40) * (1L << 40), engine.Call("square", 1L << 40));
        Assert.AreEqual(1, engine.CallsMovedToLargeStack, "the boxed rerun after an overflow is boxed code");
        Assert.AreEqual(9L, Engine().Call("square", 3));
    }

    [TestMethod]
    public void ACallOfACalleeRedefinedToPrint_PrintsOnce()
    {
        var output = new StringWriter();
        FluentEngine engine = Engine(output: output);
        Assert.AreEqual(12L, engine.Call("g", 5));
        Assert.AreEqual(1, engine.CallsRunHere);

        // The new f prints, then recurses deeper than a tentative run may: run tentatively, it would print twice.
        engine.Eval("(define (f x) (do (io:print \"f of\" x) (+ x (depth 100000))))");
        Assert.AreEqual(200_012L, engine.Call("g", 6));
        Assert.AreEqual("f of 6\n", output.ToString().ReplaceLineEndings("\n"), "g's entry sees f redefined and moves before anything runs");
        Assert.AreEqual(1, engine.CallsMovedToLargeStack);
    }

    [TestMethod]
    public void AFunctionThatPrints_IsNeverRunTentatively()
    {
        var output = new StringWriter();
        FluentEngine engine = Engine(output: output);
        engine.Eval("(define (shout n) (do (io:print n) (+ n 1)))");
        Assert.AreEqual(8L, engine.Call("shout", 7));
        Assert.AreEqual("7\n", output.ToString().ReplaceLineEndings("\n"));
        Assert.AreEqual(0, engine.CallsRunHere + engine.CallsMovedToLargeStack, "no typed entry: straight to a large stack");
    }

    [TestMethod]
    public void AnErrorInATentativeCall_IsTheErrorOfACallOnALargeStack()
    {
        const string Source = "(define (first-of n) (if (> n 0) (head (tail (list n))) 0))";
        FluentEngine tentative = Engine();
        tentative.Eval(Source);
        var here = Assert.ThrowsExactly<FluentRuntimeException>(() => tentative.Call("first-of", 3));

        FluentEngine vm = Engine(EngineModes.Vm);
        vm.Eval(Source);
        var reference = Assert.ThrowsExactly<FluentRuntimeException>(() => vm.Call("first-of", 3));
        Assert.AreEqual(reference.ErrorType, here.ErrorType);
        Assert.AreEqual(reference.Message, here.Message);
    }

    [TestMethod]
    public void TieredMode_RunsCallsOfPromotedFunctionsOnTheCallersThread()
    {
        FluentEngine engine = Engine(EngineModes.Tiered1);
        for (int i = 0; i < 3; i++)
        {
            Assert.AreEqual(55L, engine.Call("fib", 10));
        }

        Assert.IsTrue(engine.CallsRunHere > 0, "fib is IL after its first call, and typed");
    }
}
