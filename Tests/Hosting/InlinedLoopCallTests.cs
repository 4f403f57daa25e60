namespace FluentAI.Tests.Hosting;

/// <summary>
/// In DynamicMethods typed code inlines its non-tail calls of small loops (functions that call nothing but themselves,
/// in tail position). The copy's tail positions hand their value back to the caller mid-expression; its self tail calls
/// loop; overflow, values of other kinds and no-match errors leave typed code as before. Every mode gives the VM's result or error.
/// </summary>
[TestClass]
public sealed class InlinedLoopCallTests
{
    private const string Has = """
        (define (has? x xs) (if (empty? xs) #f (if (= (head xs) x) #t (has? x (tail xs)))))
        (define (count-hits xs ys acc) (if (empty? xs) acc (count-hits (tail xs) ys (if (has? (head xs) ys) (+ acc 1) acc))))
        """;

    /// <summary>The loop's value is used inside an addition: the copy runs with a value already on the IL stack.</summary>
    private const string SumTo = """
        (define (sum-to i n acc) (if (> i n) acc (sum-to (+ i 1) n (+ acc i))))
        (define (outer k acc) (if (= k 0) acc (outer (- k 1) (+ acc (* 2 (sum-to 1 k 0))))))
        """;

    /// <summary>A copy whose tail positions are a match (no clause matching leaves typed code) and an <c>or</c>.</summary>
    private const string Shapes = """
        (data Shape (Sq n) (Rect w h))
        (define (area s) (match s ((Sq n) (* n n)) ((Rect w h) (* w h))))
        (define (big? s limit) (or (> (area s) limit) (= (area s) 0)))
        (define (count-big xs limit acc) (if (empty? xs) acc (count-big (tail xs) limit (if (big? (head xs) limit) (+ acc 1) acc))))
        """;

    [TestMethod]
    [DataRow(Has, "(count-hits [1 2 3 4 5] [2 4 6] 0)", "2")]
    [DataRow(Has, "(count-hits [] [1] 0)", "0")]
    [DataRow(Has, "(count-hits [1 2.0 \"a\"] [2 \"a\"] 0)", "2")]
    [DataRow(SumTo, "(outer 10 0)", "440")]
    [DataRow(SumTo, "(outer 3 9223372036854775800)", "9223372036854775820")]
    [DataRow(SumTo, "(sum-to 9223372036854775806 9223372036854775807 0)", "18446744073709551613")]
    [DataRow(Shapes, "(count-big [(Sq 3) (Rect 2 2) (Sq 0) (Rect 10 1)] 5 0)", "3")]
    [DataRow(Shapes, "(count-big [(Sq 2.5) (Rect 1 1)] 5 0)", "1")]
    public void InlinedLoops_GiveTheVmsResult(string definitions, string call, string expected) =>
        EngineModes.AssertTheSameValueInEveryMode(definitions, call, expected);

    [TestMethod]
    [DataRow(Has, "(count-hits [1 2] 5 0)")]
    [DataRow(Shapes, "(count-big [(Sq 3) 7] 5 0)")]
    [DataRow(SumTo, "(outer 2 \"x\")")]
    public void ErrorsInInlinedLoops_AreTheVmsErrors(string definitions, string call) =>
        EngineModes.AssertTheSameErrorInEveryMode(definitions, call);

    [TestMethod]
    public void RedefiningTheInlinedFunction_ReachesItsCaller()
    {
        foreach (string mode in EngineModes.All)
        {
            var engine = EngineModes.New(mode);
            engine.Eval(Has);
            for (int i = 0; i < 3; i++)
            {
                Assert.AreEqual(2L, engine.Eval("(count-hits [1 2 3 4 5] [2 4 6] 0)"), mode);
            }

            engine.Eval("(define (has? x xs) #t)");
            Assert.AreEqual(5L, engine.Eval("(count-hits [1 2 3 4 5] [2 4 6] 0)"), $"{mode}: the new has?");
        }
    }
}
