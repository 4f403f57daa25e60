using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// Globals are late-bound in every mode: code compiled against a function (a direct call, typed code that depends on it)
/// must notice when a later evaluation redefines it; and a redefined builtin changes only its own engine.
/// </summary>
[TestClass]
public sealed class EngineModeRedefinitionTests
{
    private const int WarmUps = 3;

    private static void WarmUp(FluentEngine engine, string expression, object expected, string mode)
    {
        for (int i = 0; i < WarmUps; i++)
        {
            Assert.AreEqual(expected, engine.Eval(expression), $"{mode}: warm-up {i + 1}");
        }
    }

    [TestMethod]
    public void RedefiningACalleeDefinedInAnEarlierEval_ChangesItsCallers()
    {
        foreach (string mode in EngineModes.All)
        {
            FluentEngine engine = EngineModes.New(mode);
            engine.Eval("(define (f x) (+ x 1))");
            engine.Eval("(define (g x) (* 2 (f x)))");
            WarmUp(engine, "(g 5)", 12L, mode);

            engine.Eval("(define (f x) (+ x 100))");

            Assert.AreEqual(210L, engine.Eval("(g 5)"), mode);
            Assert.AreEqual(210L, engine.Eval("(g 5)"), mode);
        }
    }

    [TestMethod]
    public void RedefiningACalleeOfTheSameUnit_ChangesItsCallers()
    {
        // f and g are compiled together, so g calls f directly and g's typed code depends on f.
        foreach (string mode in EngineModes.All)
        {
            FluentEngine engine = EngineModes.New(mode);
            engine.Eval("(define (f x) (+ x 1)) (define (g x) (* 2 (f x)))");
            WarmUp(engine, "(g 5)", 12L, mode);

            engine.Eval("(define (f x) (+ x 100))");
            Assert.AreEqual(210L, engine.Eval("(g 5)"), $"{mode}: an integer redefinition");

            engine.Eval("(define (f x) (/ x 2.0))");
            Assert.AreEqual(5.0, engine.Eval("(g 5)"), $"{mode}: a float redefinition leaves typed code");

            engine.Eval("(define f 7)");
            FluentRuntimeException error = EngineModes.ErrorOf(engine, mode, "(g 5)", "redefine.ai");
            Assert.AreEqual("type-mismatch", error.ErrorType, mode);
            StringAssert.Contains(error.Message, "Cannot apply non-function: 7", mode);
        }
    }

    [TestMethod]
    public void RedefiningASelfRecursiveFunction_RedirectsItsRecursiveCalls()
    {
        // The old body's self-calls go through the global, as the VM's do: after the redefinition they reach the new function.
        foreach (string mode in EngineModes.All)
        {
            FluentEngine engine = EngineModes.New(mode);
            engine.Eval("(define (count n) (if (= n 0) 0 (+ 1 (count (- n 1)))))");
            WarmUp(engine, "(count 5)", 5L, mode);
            engine.Eval("(define old count) (define (count n) 100)");
            Assert.AreEqual(101L, engine.Eval("(old 5)"), mode);
        }
    }

    [TestMethod]
    public void RedefiningAGlobalValue_IsSeenByCompiledReaders()
    {
        foreach (string mode in EngineModes.All)
        {
            FluentEngine engine = EngineModes.New(mode);
            engine.Eval("(define limit 10) (define (over? n) (> n limit))");
            WarmUp(engine, "(over? 11)", true, mode);
            engine.Eval("(define limit 20)");
            Assert.AreEqual(false, engine.Eval("(over? 11)"), mode);
        }
    }

    [TestMethod]
    public void RedefiningABuiltin_ChangesThatEngineOnly()
    {
        foreach (string mode in EngineModes.All)
        {
            FluentEngine changed = EngineModes.New(mode);
            FluentEngine other = EngineModes.New(mode);
            const string fib = "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))";
            changed.Eval(fib);
            other.Eval(fib);
            WarmUp(changed, "(fib 10)", 55L, mode);
            WarmUp(other, "(fib 10)", 55L, mode);

            changed.Eval("(define (+ a b) (* a b))");

            Assert.AreEqual(0L, changed.Eval("(fib 10)"), $"{mode}: fib's code, typed or not, must call the new +");
            Assert.AreEqual(6L, changed.Eval("(+ 2 3)"), mode);
            Assert.AreEqual(5L, other.Eval("(+ 2 3)"), $"{mode}: the other engine keeps the builtin");
            Assert.AreEqual(55L, other.Eval("(fib 10)"), mode);
            Assert.AreEqual(6765L, other.Eval("(fib 20)"), mode);
            Assert.AreEqual(120L, other.Eval("(define (fact n) (if (= n 0) 1 (* n (fact (- n 1))))) (fact 5)"), mode);
        }
    }

    [TestMethod]
    public void RedefiningADataConstructor_ChangesTheTypedCodeThatBuildsItsValues()
    {
        // f's typed code builds Pair values directly; it depends on Pair's global as on a known function's.
        foreach (string mode in EngineModes.All)
        {
            foreach (bool sameUnit in new[] { true, false })
            {
                FluentEngine engine = EngineModes.New(mode);
                const string data = "(data P (Pair a b))";
                const string f = "(define (f n) (Pair n (* n 2)))";
                if (sameUnit)
                {
                    engine.Eval(data + " " + f);
                }
                else
                {
                    engine.Eval(data);
                    engine.Eval(f);
                }

                for (int i = 0; i < WarmUps; i++)
                {
                    Assert.AreEqual("(Pair 5 10)", FluentAI.Runtime.Printing.Printer.Display(engine.Eval("(f 5)")), $"{mode}: warm-up {i + 1}");
                }

                engine.Eval("(define (Pair a b) (+ a b))");
                Assert.AreEqual(15L, engine.Eval("(f 5)"), $"{mode}, same unit {sameUnit}: the new Pair");

                engine.Eval("(data Q (Pair x y))");
                Assert.AreEqual("(Pair 5 10)", FluentAI.Runtime.Printing.Printer.Display(engine.Eval("(f 5)")), $"{mode}, same unit {sameUnit}: a new declaration");
                Assert.AreEqual(5L, engine.Eval("(match (f 5) ((Pair x y) x) (_ 0))"), $"{mode}: values match by constructor name");
            }
        }
    }

    [TestMethod]
    public void ValuesOfAnEarlierDeclaration_MatchPatternsOfTheirName()
    {
        foreach (string mode in EngineModes.All)
        {
            FluentEngine engine = EngineModes.New(mode);
            engine.Eval("(data Opt (None) (Some x)) (define old (Some 1)) (define old-none (None))");
            engine.Eval("(data Opt2 (None) (Some x)) (define (get o) (match o ((Some x) x) ((None) 0)))");
            for (int i = 0; i < WarmUps; i++)
            {
                Assert.AreEqual(1L, engine.Eval("(get old)"), mode);
                Assert.AreEqual(0L, engine.Eval("(get old-none)"), mode);
                Assert.AreEqual(2L, engine.Eval("(get (Some 2))"), mode);
                Assert.AreEqual(true, engine.Eval("(== old (Some 1))"), $"{mode}: equal by name and fields");
            }
        }
    }
}
