using FluentAI.Compiler.Hosting;
using FluentAI.Runtime.Printing;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// Typed code runs <c>map</c>, <c>filter</c> and <c>fold</c> over a lambda written at the call as a loop, with
/// integers unboxed, and <c>mod</c> and <c>range</c> on integers directly. Every mode must give the VM's results
/// and errors: a value of another kind, an overflow or an error in the lambda leaves typed code and the call reruns
/// with the real builtins.
/// </summary>
[TestClass]
public sealed class TypedLoopTests
{
    private const string Scale = "(define (scale xs k) (map (lambda (x) (* x k)) xs))";
    private const string Evens = "(define (evens xs) (filter (lambda (x) (== (mod x 2) 0)) xs))";
    private const string Sum = "(define (sum xs) (fold (lambda (acc x) (+ acc x)) 0 xs))";
    private const string Pipeline = """
        (define (bench n k)
          (let ((xs (range 1 (+ n 1))))
            (fold (lambda (acc x) (+ acc x)) 0 (filter (lambda (x) (== (mod x 2) 0)) (map (lambda (x) (* x k)) xs)))))
        """;

    [TestMethod]
    [DataRow(Scale, "(scale [1 2 3] 3)", "[3 6 9]")]
    [DataRow(Scale, "(scale (range 10) -2)", "[0 -2 -4 -6 -8 -10 -12 -14 -16 -18]")]
    [DataRow(Scale, "(scale [1 2.5] 2)", "[2 5.0]")]
    [DataRow(Scale, "(scale [4611686018427387904 1] 2)", "[9223372036854775808 2]")]
    [DataRow(Scale, "(scale [] 2)", "[]")]
    [DataRow(Evens, "(evens (range 1 21))", "[2 4 6 8 10 12 14 16 18 20]")]
    [DataRow(Evens, "(evens [-4 -3 7 8])", "[-4 8]")]
    [DataRow(Evens, "(evens [1 3])", "[]")]
    [DataRow(Sum, "(sum (range 100001))", "5000050000")]
    [DataRow(Sum, "(sum [9223372036854775807 1])", "9223372036854775808")]
    [DataRow(Sum, "(sum [1 2.5])", "3.5")]
    [DataRow(Pipeline, "(bench 100000 3)", "7500150000")]
    [DataRow(Pipeline, "(bench 10 1)", "30")]
    [DataRow("(define (rev xs) (fold (lambda (acc x) (cons x acc)) [] xs))", "(rev (range 12))", "[11 10 9 8 7 6 5 4 3 2 1 0]")]
    [DataRow("(define (big? xs) (map (lambda (x) (> x 1)) xs))", "(big? [1 2 3])", "[#f #t #t]")]
    [DataRow("(define (names xs) (map (lambda (x) (to-string x)) xs))", "(names [1 \"a\" 2])", "[\"1\" \"a\" \"2\"]")]
    [DataRow("(define (heads xss) (map (lambda (xs) (head xs)) xss))", "(heads [[1 2] [3] [\"x\"]])", "[1 3 \"x\"]")]
    [DataRow("(define (table xs ys) (map (lambda (x) (fold (lambda (a y) (+ a (* x y))) 0 ys)) xs))", "(table [1 2 3] [10 20])", "[30 60 90]")]
    [DataRow("(define (m a b) (mod a b))", "[(m -7 3) (m 7 -3) (m 7 3) (m -7 -3) (m 5 -1) (m -9223372036854775808 -1)]", "[2 -2 1 -1 0 0]")]
    [DataRow("(define (r a b) (range a b))", "[(r 3 6) (r 6 3) (r -2 1)]", "[[3 4 5] [] [-2 -1 0]]")]
    [DataRow("(define (r n) (range n))", "[(r 4) (r 0) (r -3)]", "[[0 1 2 3] [] []]")]
    public void Loops_GiveTheVmsResult(string definitions, string call, string expected) =>
        EngineModes.AssertTheSameValueInEveryMode(definitions, call, expected);

    [TestMethod]
    [DataRow(Scale, "(scale [1 \"two\" 3] 3)")]
    [DataRow(Scale, "(scale 5 3)")]
    [DataRow(Evens, "(evens [2 \"x\"])")]
    [DataRow(Sum, "(sum [1 #t])")]
    [DataRow("(define (inverse xs) (map (lambda (x) (mod 10 x)) xs))", "(inverse [1 2 0 4])")]
    [DataRow("(define (r a b) (range a b))", "(r 1 \"x\")")]
    public void ErrorsInLoops_AreTheVmsErrors(string definitions, string call) =>
        EngineModes.AssertTheSameErrorInEveryMode(definitions, call);

    [TestMethod]
    public void RedefiningMap_ChangesTheTypedLoop()
    {
        foreach (string mode in EngineModes.All)
        {
            FluentEngine engine = EngineModes.New(mode);
            engine.Eval(Scale);
            for (int i = 0; i < 3; i++)
            {
                Assert.AreEqual("[2 4]", Printer.Display(engine.Eval("(scale [1 2] 2)")), mode);
            }

            engine.Eval("(define (map f xs) (length xs))");
            Assert.AreEqual(2L, engine.Eval("(scale [1 2] 2)"), $"{mode}: the loop is the builtin's only while it is not redefined");
        }
    }
}
