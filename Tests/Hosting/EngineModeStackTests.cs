using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// Deep non-tail recursion works from the test's own (small-stack) thread in the IL modes, because the engine moves IL onto a
/// large-stack thread; runaway recursion is the FluentAI error "Stack overflow: recursion too deep" in every mode, never a crash.
/// </summary>
[TestClass]
public sealed class EngineModeStackTests
{
    /// <summary>Keeps the VM's runaway recursion short; IL code is bounded by its stack budget instead.</summary>
    private const int MaxCallDepth = 200_000;

    [TestMethod]
    [DataRow(EngineModes.Dynamic)]
    [DataRow(EngineModes.Tiered1)]
    public void NonTailRecursionOfDepth100000_Works(string mode)
    {
        FluentEngine engine = EngineModes.New(mode);
        engine.Eval("""
            (define (depth n) (if (= n 0) 0 (+ 1 (depth (- n 1)))))
            (define (build n) (if (= n 0) [] (cons n (build (- n 1)))))
            (define (sum xs) (match xs ([] 0) ([x ... rest] (+ x (sum rest)))))
            """);
        foreach (string warmUp in new[] { "(depth 10)", "(length (build 10))", "(sum (build 10))" })
        {
            // In Tiered mode the second evaluation compiles the functions: the deep calls below run as IL.
            engine.Eval(warmUp);
            engine.Eval(warmUp);
        }

        // Typed code, generic code, and generic code through match.
        Assert.AreEqual(100_000L, engine.Eval("(depth 100000)"), mode);
        Assert.AreEqual(100_000L, engine.Eval("(length (build 100000))"), mode);
        Assert.AreEqual(5_000_050_000L, engine.Eval("(sum (build 100000))"), mode);
        if (mode == EngineModes.Tiered1)
        {
            Assert.IsInstanceOfType<FluentAI.Runtime.Compiled.CompiledClosure>(engine.Eval("sum"), "the recursion ran as IL");
        }
    }

    [TestMethod]
    [DataRow(EngineModes.Vm, "(down 0)", "runaway.ai(1,37)")]
    [DataRow(EngineModes.Vm, "(grow 0)", "runaway.ai(2,41)")]
    [DataRow(EngineModes.Dynamic, "(down 0)", "runaway.ai(1,37)", DisplayName = "dynamic, typed code")]
    [DataRow(EngineModes.Dynamic, "(grow 0)", "runaway.ai(2,41)", DisplayName = "dynamic, generic code")]
    [DataRow(EngineModes.Tiered1, "(down 0)", "runaway.ai(1,37)")]
    public void RunawayRecursion_IsAStackOverflowError(string mode, string call, string position)
    {
        FluentEngine engine = EngineModes.New(mode, maxCallDepth: MaxCallDepth);
        engine.Eval("(define (down n) (if (< n 0) 0 (+ 1 (down n))))\n(define (grow n) (if (< n 0) [] (cons n (grow n))))", "runaway.ai");
        for (int i = 0; i < 2; i++)
        {
            // Calls that return at once: in Tiered mode the functions are IL before they run away.
            Assert.AreEqual(0L, engine.Eval("(down -1)"), mode);
            Assert.AreEqual("[]", FluentAI.Runtime.Printing.Printer.Display(engine.Eval("(grow -1)")), mode);
        }

        FluentRuntimeException error = EngineModes.ErrorOf(engine, mode, call, "call.ai");
        Assert.AreEqual("stack-overflow", error.ErrorType, $"{mode}: {call}");
        Assert.AreEqual("Stack overflow: recursion too deep", error.Message, $"{mode}: {call}");
        Assert.AreEqual(position, error.Position, $"{mode}: {call}");
        Assert.AreEqual(3L, engine.Eval("(+ 1 2)"), $"{mode}: the engine still works");
        if (mode == EngineModes.Tiered1)
        {
            Assert.IsInstanceOfType<FluentAI.Runtime.Compiled.CompiledClosure>(engine.Eval("down"), "the overflow happened in IL");
        }
    }

    /// <summary>
    /// Two non-tail self-calls per frame, inlined two levels deep in typed code, which checks the stack once per path
    /// (<c>FrameCheckTracker</c>): the runaway still stops at the first call of the frame that ran out.
    /// </summary>
    [TestMethod]
    [DataRow(EngineModes.Vm)]
    [DataRow(EngineModes.Dynamic)]
    [DataRow(EngineModes.Tiered1)]
    public void RunawayDoubleRecursion_IsAStackOverflowErrorAtTheFirstCall(string mode)
    {
        FluentEngine engine = EngineModes.New(mode, maxCallDepth: MaxCallDepth);
        engine.Eval("(define (both n) (if (< n 0) 0 (+ (both n) (both (- n 1)))))", "both.ai");
        Assert.AreEqual(0L, engine.Eval("(both -1)"), mode);
        Assert.AreEqual(0L, engine.Eval("(both -1)"), mode);

        FluentRuntimeException error = EngineModes.ErrorOf(engine, mode, "(both 0)", "call.ai");
        Assert.AreEqual("Stack overflow: recursion too deep", error.Message, mode);
        Assert.AreEqual("both.ai(1,35)", error.Position, mode);
        Assert.AreEqual(3L, engine.Eval("(+ 1 2)"), $"{mode}: the engine still works");
    }

    [TestMethod]
    [DataRow(EngineModes.Vm)]
    [DataRow(EngineModes.Dynamic)]
    public void RunawayRecursion_CanBeHandledAsAnErrorEffect(string mode)
    {
        FluentEngine engine = EngineModes.New(mode, maxCallDepth: MaxCallDepth);
        engine.Eval("(define (grow n) (if (< n 0) [] (cons n (grow n))))");
        engine.Eval("(grow -1)");
        engine.Eval("(grow -1)");
        Assert.AreEqual("stack-overflow", engine.Eval("(handler ((error (lambda (e) (error-type e)))) (grow 0))"), mode);
        Assert.AreEqual(3L, engine.Eval("(+ 1 2)"), $"{mode}: the engine still works");
    }

    [TestMethod]
    [DataRow(EngineModes.Vm)]
    [DataRow(EngineModes.Dynamic)]
    [DataRow(EngineModes.Tiered1)]
    public void RunawayRecursion_IsNotResumedByErrorCatch(string mode)
    {
        // fluentc's rule (docs/language-notes.md): error:catch does not resume a stack overflow (its handler
        // would need the stack that ran out); the program stops with the error in every mode alike.
        FluentEngine engine = EngineModes.New(mode, maxCallDepth: MaxCallDepth);
        engine.Eval("(error:catch \"stack-overflow\" (lambda (e) 0)) (define (down n) (if (< n 0) 0 (+ 1 (down n))))", "catch.ai");
        engine.Eval("(down -1)");
        engine.Eval("(down -1)");
        var error = Assert.ThrowsExactly<FluentRuntimeException>(() => engine.Eval("(> (down 0) 1000)"), mode);
        Assert.AreEqual("stack-overflow", error.ErrorType, mode);
        Assert.AreEqual(3L, engine.Eval("(+ 1 2)"), $"{mode}: the engine still works");
    }
}
