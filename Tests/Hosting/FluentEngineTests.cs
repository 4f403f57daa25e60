using System.Numerics;
using FluentAI.Compiler.Hosting;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Hosting;

[TestClass]
public sealed class FluentEngineTests
{
    private static FluentEngine NewEngine(StringWriter? output = null) =>
        new(new FluentEngineOptions { Output = output ?? new StringWriter(), Input = new StringReader("") });

    [TestMethod]
    public void Eval_ReturnsClrValues()
    {
        FluentEngine engine = NewEngine();
        Assert.AreEqual(3L, engine.Eval("(+ 1 2)"));
        Assert.AreEqual(2.5, engine.Eval("(/ 5.0 2)"));
        Assert.AreEqual("ab", engine.Eval("(string-append \"a\" \"b\")"));
        Assert.AreEqual(true, engine.Eval("(< 1 2)"));
        Assert.IsNull(engine.Eval("(do)"));
        Assert.AreEqual(BigInteger.Parse("9223372036854775808"), engine.Eval("(+ 9223372036854775807 1)"));
        Assert.IsInstanceOfType<FluentList>(engine.Eval("[1 2]"));
    }

    [TestMethod]
    public void Eval_ReturnsTheLastFormsValue()
    {
        Assert.AreEqual(6L, NewEngine().Eval("(define x 5) (+ x 1)"));
    }

    [TestMethod]
    public void Definitions_PersistAcrossEvalCalls()
    {
        FluentEngine engine = NewEngine();
        engine.Eval("(define (square x) (* x x))");
        Assert.AreEqual(49L, engine.Eval("(square 7)"));
    }

    [TestMethod]
    public void SeparateEngines_ShareNoGlobalsOrState()
    {
        FluentEngine first = NewEngine();
        FluentEngine second = NewEngine();
        first.Eval("(define shared 1) (state:set \"k\" 10)");
        Assert.IsNull(second.Eval("(state:get \"k\")"));
        Assert.AreEqual(10L, first.Eval("(state:get \"k\")"));
        var error = Assert.ThrowsExactly<FluentRuntimeException>(() => second.Eval("shared"));
        StringAssert.Contains(error.Message, "Undefined variable: shared");
    }

    [TestMethod]
    public void Call_InvokesAGlobalFunctionWithIntArguments()
    {
        FluentEngine engine = NewEngine();
        engine.Eval("(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))");
        Assert.AreEqual(6765L, engine.Call("fib", 20));
    }

    [TestMethod]
    public void GetFunction_GivesATypedDelegate()
    {
        FluentEngine engine = NewEngine();
        engine.Eval("(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))(define (greet s) (string-append \"hi \" s))");
        Func<long, long> fib = engine.GetFunction<Func<long, long>>("fib");
        Func<string, string> greet = engine.GetFunction<Func<string, string>>("greet");
        Assert.AreEqual(55L, fib(10));
        Assert.AreEqual("hi you", greet("you"));
    }

    [TestMethod]
    public void CompilationErrors_CarryEveryDiagnosticWithItsPosition()
    {
        var error = Assert.ThrowsExactly<FluentCompilationException>(() => NewEngine().Eval("(+ 1 2\n", "x.ai"));
        Assert.IsTrue(error.Diagnostics.Count >= 1);
        StringAssert.StartsWith(error.Diagnostics[0].ToString(), "x.ai(");
    }

    [TestMethod]
    public void RuntimeErrors_CarryPositionAndFluentTrace()
    {
        FluentEngine engine = NewEngine();
        var error = Assert.ThrowsExactly<FluentRuntimeException>(() =>
            engine.Eval("(define (f x) (/ x 0))\n(define (g y) (+ 1 (f y)))\n(g 5)", "t.ai"));
        Assert.AreEqual("division-by-zero", error.ErrorType);
        Assert.AreEqual("t.ai(1,15)", error.Position);
        CollectionAssert.AreEqual(new[] { "at f (t.ai:1:15)", "at g (t.ai:2:20)" }, error.Trace.ToArray());
        StringAssert.StartsWith(error.Format(), "t.ai(1,15): runtime error: division by zero");
    }

    [TestMethod]
    public void NothingRuns_WhenAnyFormHasASyntaxError()
    {
        var output = new StringWriter();
        FluentEngine engine = NewEngine(output);
        Assert.ThrowsExactly<FluentCompilationException>(() => engine.Eval("(io:print \"ran\") (1 2"));
        Assert.AreEqual("", output.ToString());
    }

    [TestMethod]
    public void NonTailRecursion_ReachesOneMillionFrames()
    {
        FluentEngine engine = NewEngine();
        Assert.AreEqual(1_000_000L, engine.Eval("(define (depth n) (if (== n 0) 0 (+ 1 (depth (- n 1))))) (depth 1000000)"));
    }

    [TestMethod]
    public void RecursionPastTheConfiguredLimit_IsAStackOverflowError()
    {
        var engine = new FluentEngine(new FluentEngineOptions { Output = new StringWriter(), MaxCallDepth = 1000 });
        var error = Assert.ThrowsExactly<FluentRuntimeException>(() => engine.Eval("(define (down n) (+ 1 (down n))) (down 0)"));
        Assert.AreEqual("stack-overflow", error.ErrorType);
        Assert.AreEqual("Stack overflow: recursion too deep", error.Message);
        Assert.IsTrue(error.Trace.Count <= 3, string.Join("\n", error.Trace));
    }

    [TestMethod]
    public void StackOverflow_CanBeHandledAsAnErrorEffect()
    {
        var engine = new FluentEngine(new FluentEngineOptions { Output = new StringWriter(), MaxCallDepth = 1000 });
        Assert.AreEqual("stack-overflow", engine.Eval(
            "(define (down n) (+ 1 (down n))) (handler ((error (lambda (e) (error-type e)))) (down 0))"));
        Assert.AreEqual(3L, engine.Eval("(+ 1 2)"));
    }

    [TestMethod]
    public void DeepRecursionThroughBuiltins_StopsCleanly()
    {
        FluentEngine engine = NewEngine();
        var error = Assert.ThrowsExactly<FluentRuntimeException>(() =>
            engine.Eval("(define (nest n) (map (lambda (x) (nest x)) [n])) (nest 1)"));
        Assert.AreEqual("stack-overflow", error.ErrorType);
    }

    [TestMethod]
    public void TailCalls_RunInConstantSpace()
    {
        var engine = new FluentEngine(new FluentEngineOptions { Output = new StringWriter(), MaxCallDepth = 100 });
        Assert.AreEqual(0L, engine.Eval("(define (loop n) (if (== n 0) 0 (loop (- n 1)))) (loop 1000000)"));
        Assert.AreEqual(true, engine.Eval(
            "(define (ev? n) (if (== n 0) #t (od? (- n 1)))) (define (od? n) (if (== n 0) #f (ev? (- n 1)))) (ev? 100000)"));
    }

    [TestMethod]
    public void RunProgram_PrintsNonNilTopLevelValuesAfterOutput()
    {
        var output = new StringWriter();
        NewEngine(output).RunProgram(new Compiler.Text.SourceText("(io:print \"a\")\n(+ 1 2)\n(define x 1)\n\"s\"", "p.ai"));
        Assert.AreEqual("a\n3\n\"s\"\n", output.ToString().Replace("\r\n", "\n"));
    }

    [TestMethod]
    public void UserDefinedEffectOperations_AreAnsweredByHandlers()
    {
        FluentEngine engine = NewEngine();
        Assert.AreEqual("logged x", engine.Eval("(handler ((log:info (lambda (m) (string-append \"logged \" m)))) (effect log:info \"x\"))"));
        Assert.AreEqual("log:warn", engine.Eval("(handler ((log (lambda (op m) op))) (log:warn \"y\"))"));
        var error = Assert.ThrowsExactly<FluentRuntimeException>(() => engine.Eval("(effect log:info \"z\")"));
        StringAssert.Contains(error.Message, "Unhandled effect");
    }

    [TestMethod]
    public void Curry_KnowsTheArityOfFluentFunctions()
    {
        Assert.AreEqual(6L, NewEngine().Eval("(((curry (lambda (a b c) (+ a (+ b c)))) 1) 2)  ((((curry (lambda (a b c) (+ a (+ b c)))) 1) 2) 3)"));
    }

    [TestMethod]
    public void ErrorCatch_RecoversFromAFailureInAFusedReturnInstruction()
    {
        // (+ x y) in tail position compiles to PrimitiveReturn: the recovered value is returned.
        FluentEngine engine = NewEngine();
        Assert.AreEqual(100L, engine.Eval(
            "(error:catch \"type-mismatch\" (lambda (e) 99)) (define (f x y) (+ x y)) (+ 1 (f 1 \"a\"))"));
    }

    [TestMethod]
    public void ErrorCatch_RecoversFromAFailureInACompareAndBranch()
    {
        FluentEngine engine = NewEngine();
        engine.Eval("(define (size x) (if (< x 10) \"small\" \"big\"))");
        Assert.AreEqual("small", engine.Eval("(error:catch \"type-mismatch\" (lambda (e) #t)) (size \"s\")"));
        Assert.AreEqual("big", engine.Eval("(error:catch \"type-mismatch\" (lambda (e) #f)) (size \"s\")"));
    }

    [TestMethod]
    [DataRow("(define (g x) (let ((f (lambda (y) (* y 2)))) (f x))) (+ 1 (g 5))", 11L)]
    [DataRow("(define (h y) (* y 3)) (let ((f (lambda (x) (h x)))) (+ 1 (f 5)))", 16L)]
    [DataRow("(define (k x) (map (lambda (y) (+ x y)) [1 2])) (length (cons 0 (k 1)))", 3L)]
    [DataRow("(define (twice f x) (f (f x))) (define (inc x) (+ x 1)) (+ 100 (twice inc 1))", 103L)]
    public void TailCalls_ReturnIntoTheRightSlotAcrossCallKinds(string source, object expected)
    {
        Assert.AreEqual(expected, NewEngine().Eval(source));
    }

    [TestMethod]
    public void CallingAnUndefinedGlobal_ReportsItAtTheCall()
    {
        var error = Assert.ThrowsExactly<FluentRuntimeException>(() => NewEngine().Eval("(define (f) (nope 1))\n(f)", "u.ai"));
        Assert.AreEqual("Undefined variable: nope", error.Message);
        Assert.AreEqual("u.ai(1,13)", error.Position);
    }

    [TestMethod]
    public void Eval_RestoresTheThreadsPreviousContext()
    {
        FluentAI.Runtime.Effects.FluentContext? before = FluentAI.Runtime.Effects.FluentContext.CurrentOrNull;
        var output = new StringWriter();
        FluentEngine engine = NewEngine(output);
        engine.Eval("(io:print \"inside\")");
        Assert.AreSame(before, FluentAI.Runtime.Effects.FluentContext.CurrentOrNull);
        Assert.AreEqual("inside\n", output.ToString().Replace("\r\n", "\n"));
    }

    [TestMethod]
    [DataRow("(a 1 b)", 11L)]
    [DataRow("(a 2 b)", 21L)]
    [DataRow("(b 2 a)", 12L)]
    public void ClosuresOfOnePrototype_KeepTheirOwnCapturesAcrossCallsAndReturns(string call, object expected)
    {
        FluentEngine engine = NewEngine();
        engine.Eval("(define (make k) (lambda (n other) (if (== n 0) k (+ k (other (- n 1) other)))))");
        engine.Eval("(define a (make 1)) (define b (make 10))");
        Assert.AreEqual(expected, engine.Eval(call));
    }

    [TestMethod]
    public void EachEval_StartsWithFreshDiagnosticsAndContracts()
    {
        // The engine keeps one binder: nothing of one program's binding may reach the next.
        FluentEngine engine = NewEngine();
        var first = Assert.ThrowsExactly<FluentCompilationException>(() => engine.Eval("(lambda (x x) x)", "a.ai"));
        Assert.AreEqual(1, first.Diagnostics.Count);
        Assert.AreEqual(3L, engine.Eval("(+ 1 2)"));
        var second = Assert.ThrowsExactly<FluentCompilationException>(() => engine.Eval("(lambda (y y) y)", "b.ai"));
        Assert.AreEqual(1, second.Diagnostics.Count);
        StringAssert.StartsWith(second.Diagnostics[0].ToString(), "b.ai(1,");

        engine.Eval("(spec:contract pos :requires [(> x 0)])");
        Assert.AreEqual(-1L, engine.Eval("(define (pos x) x) (pos -1)"));
        var violation = Assert.ThrowsExactly<FluentRuntimeException>(() => engine.Eval("(spec:contract neg :requires [(< x 0)]) (define (neg x) x) (neg 1)"));
        Assert.AreEqual("contract-violation", violation.ErrorType);
        Assert.AreEqual(1L, engine.Eval("(define (neg x) x) (neg 1)"));
    }
}
