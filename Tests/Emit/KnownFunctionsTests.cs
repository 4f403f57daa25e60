using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Emit;

/// <summary>Which top-level functions calls may reach directly: defined once, by a lambda that captures nothing.</summary>
[TestClass]
public sealed class KnownFunctionsTests
{
    [TestMethod]
    public void FunctionsDefinedOnce_AreKnownByCellAndByFunction()
    {
        BoundProgram program = LoweringFixture.Bind("(define (f x) x) (define g (lambda (y) (f y))) (define h 3)");
        KnownFunctions known = KnownFunctions.Analyze(program.Forms);

        CollectionAssert.AreEquivalent(new[] { "f", "g" }, known.All.Select(k => k.Cell.Name).ToArray());
        LambdaExpr f = LoweringFixture.Lambda(program, "f");
        KnownFunction? byFunction = known.ForFunction(f.Function);
        Assert.IsNotNull(byFunction);
        Assert.AreSame(byFunction, known.ForCell(byFunction.Cell));
        Assert.AreSame(f, byFunction.Lambda);
    }

    [TestMethod]
    public void CallsToAKnownGlobal_FindTheirCallee()
    {
        BoundProgram program = LoweringFixture.Bind("(define (f x) x) (define (g y) (+ (f y) (abs y)))");
        KnownFunctions known = KnownFunctions.Analyze(program.Forms);
        LambdaExpr g = LoweringFixture.Lambda(program, "g");

        Assert.AreSame(LoweringFixture.Lambda(program, "f"), known.Callee(LoweringFixture.CallsTo(g, "f").Single())?.Lambda);
        Assert.IsNull(known.Callee(LoweringFixture.CallsTo(g, "abs").Single()), "a builtin is not a known function");
    }

    [TestMethod]
    public void FunctionsInsideATopLevelDo_AreKnown()
    {
        KnownFunctions known = LoweringFixture.Known("(do (define (f x) x) (define (g) (f 1)))");
        CollectionAssert.AreEquivalent(new[] { "f", "g" }, known.All.Select(k => k.Cell.Name).ToArray());
    }

    [TestMethod]
    [DataRow("(define (f x) x) (define (f x) 1)", DisplayName = "two function definitions")]
    [DataRow("(define (f x) x) (define f 2)", DisplayName = "later value definition")]
    [DataRow("(define f 2) (define (f x) x)", DisplayName = "earlier value definition")]
    [DataRow("(do (define (f x) x) (define (f y) y))", DisplayName = "twice inside one do")]
    public void FunctionsDefinedTwice_AreNotKnown(string source)
    {
        KnownFunctions known = LoweringFixture.Known(source + " (define (other) 0)");
        CollectionAssert.AreEqual(new[] { "other" }, known.All.Select(k => k.Cell.Name).ToArray());
    }

    [TestMethod]
    public void ALambdaThatIsNotTheDefinedValue_IsNotKnown()
    {
        KnownFunctions known = LoweringFixture.Known("(define f (let ((k 1)) (lambda (x) (+ x k)))) (define g (do (lambda (x) x)))");
        Assert.AreEqual(0, known.All.Count);
    }

    [TestMethod]
    public void ACapturingLambda_IsNotKnown()
    {
        // Source cannot define a capturing function at top level (define is top-level only), so the IR is built by hand:
        // the top-level form has a local k, and f's lambda captures it.
        var source = new SourceText("", "hand.ai");
        var span = new TextSpan(0, 0);
        var top = new FunctionInfo("<top>", null, source, span);
        LocalVariable k = top.AddLocal("k");
        var capturing = new FunctionInfo("f", top, source, span);
        capturing.AddParameter("x");
        capturing.CaptureIndex(k);
        var plain = new FunctionInfo("g", top, source, span);
        plain.AddParameter("y");
        BoundExpr body = new SequenceExpr(span,
        [
            new GlobalDefineExpr(span, new GlobalCell("f"), new LambdaExpr(span, capturing, new LocalLoadExpr(span, k))),
            new GlobalDefineExpr(span, new GlobalCell("g"), new LambdaExpr(span, plain, new LocalLoadExpr(span, plain.Locals[0]))),
        ]);

        KnownFunctions known = KnownFunctions.Analyze([new TopLevelForm(top, body)]);

        Assert.IsNull(known.ForFunction(capturing));
        Assert.IsNotNull(known.ForFunction(plain));
    }
}
