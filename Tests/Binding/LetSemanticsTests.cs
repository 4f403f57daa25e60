using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Binding;

/// <summary>The letrec* rule of LANGUAGE.md §4, define, data and module scoping, through the engine.</summary>
[TestClass]
public sealed class LetSemanticsTests
{
    private static object? Eval(string source) => new FluentEngine(new FluentEngineOptions { Output = new StringWriter() }).Eval(source);

    [TestMethod]
    [DataRow("(let ((x 1)) (let ((y x) (x 5)) (+ x y)))", 6L)]
    [DataRow("(let ((x 1)) (let ((x (+ x 1))) x))", 2L)]
    [DataRow("(let ((a 1) (b (+ a 1))) b)", 2L)]
    [DataRow("(let ((f (lambda () y)) (y 7)) (f))", 7L)]
    [DataRow("(let ((ev? (lambda (n) (if (== n 0) #t (od? (- n 1))))) (od? (lambda (n) (if (== n 0) #f (ev? (- n 1)))))) (ev? 10))", true)]
    [DataRow("(letrec ((fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))) (fact 10))", 3628800L)]
    [DataRow("(let ((make (lambda (n) (lambda () n)))) ((make 4)))", 4L)]
    public void Let_IsSequentialAndRecursive(string source, object expected) => Assert.AreEqual(expected, Eval(source));

    [TestMethod]
    public void ClosureCreatedBeforeItsBinding_SeesTheBindingOnceStored()
    {
        Assert.AreEqual(10L, Eval("(let ((get (lambda () later)) (later 10)) (get))"));
    }

    [TestMethod]
    public void EachCallGetsFreshCapturedBindings()
    {
        Assert.AreEqual(3L, Eval("(define (counter n) (let ((v n)) (lambda () v))) (+ ((counter 1)) ((counter 2)))"));
    }

    [TestMethod]
    public void DefineInsideALambda_IsADiagnostic()
    {
        var error = Assert.ThrowsExactly<FluentCompilationException>(() => Eval("(lambda (x) (define y 1))"));
        Assert.AreEqual("FL0201", error.Diagnostics[0].Id);
    }

    [TestMethod]
    public void DuplicateParameters_AreADiagnostic()
    {
        var error = Assert.ThrowsExactly<FluentCompilationException>(() => Eval("(lambda (x x) x)"));
        Assert.AreEqual("FL0202", error.Diagnostics[0].Id);
    }

    [TestMethod]
    public void GlobalsAreLateBound()
    {
        Assert.AreEqual(42L, Eval("(define (f) (g)) (define (g) 42) (f)"));
    }

    [TestMethod]
    public void RedefiningABuiltinOperator_IsHonouredByCompiledCalls()
    {
        Assert.AreEqual("plus", Eval("(define (f a b) (+ a b)) (define (+ a b) \"plus\") (f 1 2)"));
    }
}
