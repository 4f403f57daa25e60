using FluentAI.Compiler.Binding;
using FluentAI.Compiler.Hosting;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// Which top-level forms Dynamic mode runs once on the VM instead of compiling: those with no lambda (so no loop), built from
/// calls, operators, <c>let</c>, <c>if</c>, <c>begin</c>, <c>and</c>, <c>or</c> and plain definitions.
/// </summary>
[TestClass]
public sealed class StraightLineFormTests
{
    private static bool IsStraightLine(string source)
    {
        BoundProgram program = Binder.BindProgram(SyntaxTree.Parse("(define (g x) x) (define xs (list 1 2)) " + source), new GlobalTable(), new ModuleLoader());
        Assert.IsFalse(program.HasErrors, source);
        return StraightLineForm.Is(program.Forms[^1].Body);
    }

    [TestMethod]
    [DataRow("(g 2)")]
    [DataRow("(+ (g 2) (* 3 4))")]
    [DataRow("(define y (g 5))")]
    [DataRow("(let ((a 1) (b (g 2))) (if (< a b) (list a b) (and a (or b 3))))")]
    [DataRow("\"text\"")]
    public void FormsWithoutALambda_RunOnce(string source) => Assert.IsTrue(IsStraightLine(source), source);

    [TestMethod]
    [DataRow("(define (f x) (+ x 1))")]
    [DataRow("(define h (lambda (x) x))")]
    [DataRow("(map (lambda (x) (* x 2)) xs)")]
    [DataRow("(let ((k (lambda (x) x))) (k 1))")]
    [DataRow("(match (g 1) (1 \"one\") (2 \"two\"))")]
    public void FormsWithALambdaOrAnotherConstruct_AreCompiled(string source) => Assert.IsFalse(IsStraightLine(source), source);

    [TestMethod]
    public void DynamicMode_RunsStraightLineFormsBetweenCompiledOnes_InOrder()
    {
        var output = new StringWriter();
        var engine = new FluentEngine(new FluentEngineOptions { Mode = ExecutionMode.Dynamic, Output = output, Input = new StringReader("") });
        object? result = engine.Eval("""
            (define n 10)
            (define (sum k acc) (if (= k 0) acc (sum (- k 1) (+ acc k))))
            (define total (sum n 0))
            (define (twice x) (* 2 x))
            (twice total)
            """);
        Assert.AreEqual(110L, result);
        Assert.AreEqual(2.5, engine.Eval("(twice 1.25)"), "a typed function called with a float takes its boxed body");
        Assert.AreEqual(System.Numerics.BigInteger.Parse("18446744073709551614"), engine.Eval("(twice 9223372036854775807)"), "overflow in typed code reruns boxed");
    }
}
