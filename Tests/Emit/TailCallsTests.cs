using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;

namespace FluentAI.Tests.Emit;

/// <summary>How the IL backends make a tail call: a loop to itself, a direct call of a known function, or through the closure.</summary>
[TestClass]
public sealed class TailCallsTests
{
    private static TailCallKind Classify(string source, string caller, string callee)
    {
        BoundProgram program = LoweringFixture.Bind(source);
        KnownFunctions known = KnownFunctions.Analyze(program.Forms);
        LambdaExpr lambda = LoweringFixture.Lambda(program, caller);
        return TailCalls.Classify(LoweringFixture.CallsTo(lambda, callee).Single(), lambda.Function, known);
    }

    [TestMethod]
    public void ACallToItself_IsASelfLoop()
    {
        Assert.AreEqual(TailCallKind.SelfLoop, Classify("(define (loop n) (if (= n 0) 0 (loop (- n 1))))", "loop", "loop"));
    }

    [TestMethod]
    public void ACallToAnotherKnownFunction_IsAKnownFunctionCall()
    {
        Assert.AreEqual(TailCallKind.KnownFunction, Classify("(define (a n) (b n)) (define (b n) n)", "a", "b"));
    }

    [TestMethod]
    [DataRow("(define (a f n) (f n))", "a", "f", DisplayName = "parameter")]
    [DataRow("(define (a n) (abs n))", "a", "abs", DisplayName = "builtin")]
    [DataRow("(define (a n) (b n)) (define (b n) n) (define (b n) 0)", "a", "b", DisplayName = "defined twice")]
    [DataRow("(define (a n) (a n n))", "a", "a", DisplayName = "self with the wrong arity")]
    [DataRow("(define (a n) (b n n)) (define (b n) n)", "a", "b", DisplayName = "known with the wrong arity")]
    [DataRow("(define (a n) (later n))", "a", "later", DisplayName = "global defined by another unit")]
    [DataRow("(define (a n) (let ((g (lambda (m) m))) (g n)))", "a", "g", DisplayName = "local function")]
    public void AnyOtherCall_IsUnknown(string source, string caller, string callee)
    {
        Assert.AreEqual(TailCallKind.Unknown, Classify(source, caller, callee));
    }

    [TestMethod]
    public void ACallToTheSameFunctionFromALambdaInsideIt_IsAKnownCallNotALoop()
    {
        // The lambda is a different function: jumping to the start of "loop" from inside it would be wrong.
        BoundProgram program = LoweringFixture.Bind("(define (loop n) (lambda () (loop n)))");
        KnownFunctions known = KnownFunctions.Analyze(program.Forms);
        LambdaExpr inner = LoweringFixture.Lambdas(program).Single(l => l.Function.Name != "loop");
        Assert.AreEqual(TailCallKind.KnownFunction, TailCalls.Classify(LoweringFixture.CallsTo(inner, "loop").Single(), inner.Function, known));
    }
}
