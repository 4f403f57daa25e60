using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;

namespace FluentAI.Tests.Emit;

/// <summary>Only a let binding that a closure can capture before its initializer ran lives in a box; everything else is copied.</summary>
[TestClass]
public sealed class ClosureConversionTests
{
    private static string[] Boxed(string source)
    {
        BoundProgram program = LoweringFixture.Bind(source);
        return [.. ClosureConversion.BoxedVariables(program.Forms.Select(f => f.Body)).Select(v => v.Name).Order(StringComparer.Ordinal)];
    }

    [TestMethod]
    public void ARecursiveLocalFunction_IsBoxed()
    {
        CollectionAssert.AreEqual(new[] { "f" }, Boxed("(let ((f (lambda (n) (if (= n 0) 0 (f (- n 1)))))) (f 3))"));
    }

    [TestMethod]
    public void ABindingCapturedByAnEarlierInitializer_IsBoxed()
    {
        CollectionAssert.AreEqual(new[] { "x" }, Boxed("(let ((g (lambda () x)) (x 1)) (g))"));
    }

    [TestMethod]
    public void MutualRecursion_BoxesOnlyTheBindingCapturedBeforeItIsInitialized()
    {
        // ev's closure captures od before od has a value; od's closure is made after ev has one.
        CollectionAssert.AreEqual(new[] { "od" }, Boxed(
            "(let ((ev (lambda (n) (if (= n 0) #t (od (- n 1))))) (od (lambda (n) (if (= n 0) #f (ev (- n 1)))))) (ev 10))"));
    }

    [TestMethod]
    public void ACaptureThroughANestedLambda_IsBoxed()
    {
        CollectionAssert.AreEqual(new[] { "f" }, Boxed("(let ((f (lambda () (lambda () f)))) f)"));
    }

    [TestMethod]
    public void ACaptureInsideANestedLetOfTheInitializer_IsBoxed()
    {
        CollectionAssert.AreEqual(new[] { "f" }, Boxed("(let ((f (let ((y 1)) (lambda () (+ y (f)))))) (f))"));
    }

    [TestMethod]
    [DataRow("(define (adder n) (lambda (m) (+ n m)))", DisplayName = "captured parameter")]
    [DataRow("(let ((x 1) (g (lambda () x))) (g))", DisplayName = "captured after its initializer")]
    [DataRow("(let ((x 1)) (lambda () x))", DisplayName = "captured in the let body")]
    [DataRow("(define (f xs) (match xs ([a ... rest] (lambda () a)) (_ 0)))", DisplayName = "captured pattern variable")]
    [DataRow("(let ((f (lambda (n) n))) (f 1))", DisplayName = "not captured at all")]
    public void OtherCapturedVariables_AreNotBoxed(string source)
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Boxed(source));
    }
}
