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
    [DataRow("(* 6 7)", 42L)]
    [DataRow("(* -3 7)", -21L)]
    [DataRow("(* 4611686018427387904 2)", "9223372036854775808")]
    [DataRow("(* -4611686018427387904 2)", -9223372036854775808L)]
    [DataRow("(* -1 -9223372036854775808)", "9223372036854775808")]
    [DataRow("(* 4294967296 4294967296)", "18446744073709551616")]
    [DataRow("(* 3037000499 3037000499)", 9223372030926249001L)]
    [DataRow("(define (f x) (* x 2)) (f 4611686018427387904)", "9223372036854775808")]
    [DataRow("(* 2 1.5)", 3.0)]
    public void FixnumMultiply_PromotesExactlyOnOverflow(string source, object expected)
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
