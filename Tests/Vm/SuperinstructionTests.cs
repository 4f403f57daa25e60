using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Vm;

/// <summary>The fused instructions give the same answers as the generic sequence on every kind of operand.</summary>
[TestClass]
public sealed class SuperinstructionTests
{
    private static object? Eval(string source) => new FluentEngine(new FluentEngineOptions { Output = new StringWriter() }).Eval(source);

    [TestMethod]
    [DataRow("(define (f x) (< x 2)) (f 1)", true)]
    [DataRow("(define (f x) (< x 2.5)) (f 2)", true)]
    [DataRow("(define (f x) (+ x 10000000000)) (f 1)", 10000000001L)]
    [DataRow("(define (f x) (+ x 1)) (f 1.5)", 2.5)]
    [DataRow("(define (f x) (- x 1)) (f -9223372036854775808)", "-9223372036854775809")]
    [DataRow("(define (f x) (* x 3)) (f 4)", 12L)]
    [DataRow("(define (f x) (== x 0)) (f 0.0)", true)]
    [DataRow("(define (f x) (if (>= x 10) \"big\" \"small\")) (f 10)", "big")]
    [DataRow("(define (f x) (if (!= x 3) \"other\" \"three\")) (f 3)", "three")]
    [DataRow("(define (f s) (if (== s 1) \"one\" \"not\")) (f \"x\")", "not")]
    public void LocalAndIntegerConstant_MatchesTheGenericPath(string source, object expected)
    {
        object? actual = Eval(source);
        Assert.AreEqual(expected, actual is System.Numerics.BigInteger big ? big.ToString() : actual);
    }

    [TestMethod]
    public void RedefinedOperator_IsCalledByTheFusedInstructions()
    {
        Assert.AreEqual("lt", Eval("(define (f x) (if (< x 1) \"lt\" \"ge\")) (define (< a b) #t) (f 5)"));
        Assert.AreEqual("sum", Eval("(define (f x) (+ x 1)) (define (+ a b) \"sum\") (f 5)"));
    }

    [TestMethod]
    public void TypeErrorsInFusedInstructions_AreReportedAtTheOperator()
    {
        var error = Assert.ThrowsExactly<FluentRuntimeException>(() =>
            new FluentEngine(new FluentEngineOptions { Output = new StringWriter() }).Eval("(define (f x) (+ x 1))\n(f \"a\")", "s.ai"));
        Assert.AreEqual("type-mismatch", error.ErrorType);
        Assert.AreEqual("s.ai(1,15)", error.Position);
    }
}
