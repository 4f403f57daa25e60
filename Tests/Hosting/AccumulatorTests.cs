namespace FluentAI.Tests.Hosting;

/// <summary>
/// Typed loops whose list parameter they only cons onto and return keep it as a <c>ListAccumulator</c>
/// (<c>AccumulatorAnalysis</c>): every mode must give the VM's lists (of every length around the array sizes,
/// from an empty or a non-empty start, of any elements), and its errors.
/// </summary>
[TestClass]
public sealed class AccumulatorTests
{
    private const string Loops = """
        (define (numbers i acc) (if (< i 0) acc (numbers (- i 1) (cons (to-string i) acc))))
        (define (squares i acc) (if (< i 0) acc (squares (- i 1) (cons (* i i) acc))))
        (define (split i evens odds) (if (< i 0) [evens odds] (if (= (mod i 2) 0) (split (- i 1) (cons i evens) odds) (split (- i 1) evens (cons i odds)))))
        (define (skip i acc) (if (< i 0) acc (if (= (mod i 3) 0) (skip (- i 1) acc) (skip (- i 1) (cons i acc)))))
        (define (sum xs acc) (if (empty? xs) acc (sum (tail xs) (+ acc (head xs)))))
        (define (sums n k) (if (= n 0) k (sums (- n 1) (+ k (sum (squares n []) 0)))))
        (define (via n) (squares n [100]))
        (define (big i m acc) (if (< i 0) acc (big (- i 1) m (cons (* i m) acc))))
        """;

    [TestMethod]
    [DataRow(Loops, "(numbers 3 [])", "[\"0\" \"1\" \"2\" \"3\"]")]
    [DataRow(Loops, "(numbers -1 [])", "[]")]
    [DataRow(Loops, "(numbers 2 [\"x\" 7])", "[\"0\" \"1\" \"2\" \"x\" 7]", DisplayName = "onto a non-empty list")]
    [DataRow(Loops, "(squares 9 [])", "[0 1 4 9 16 25 36 49 64 81]")]
    [DataRow(Loops, "(length (squares 8191 []))", "8192", DisplayName = "one array, full")]
    [DataRow(Loops, "(let ((l (squares 8192 []))) [(length l) (head l) (head (tail (tail l))) (sum l 0)])", "[8193 0 4 183285493760]", DisplayName = "a full array and one more")]
    [DataRow(Loops, "(let ((l (squares 20000 [5]))) [(length l) (sum l 0)])", "[20002 2666866670005]", DisplayName = "three arrays onto a list")]
    [DataRow(Loops, "(split 9 [] [])", "[[0 2 4 6 8] [1 3 5 7 9]]", DisplayName = "two accumulators")]
    [DataRow(Loops, "(skip 10 [])", "[1 2 4 5 7 8 10]", DisplayName = "passed on unchanged in one branch")]
    [DataRow(Loops, "(sums 30 0)", "76880", DisplayName = "inlined into another loop: a fresh accumulator at every entry")]
    [DataRow(Loops, "(via 3)", "[0 1 4 9 100]", DisplayName = "tail-inlined")]
    [DataRow(Loops, "(squares -1 5)", "5", DisplayName = "not a list, never consed onto: as the VM")]
    [DataRow(Loops, "(big 4 3037000499 [])", "[0 3037000499 6074000998 9111001497 12148001996]")]
    [DataRow(Loops, "(big 3 4611686018427387904 [])", "[0 4611686018427387904 9223372036854775808 13835058055282163712]", DisplayName = "overflow: the call reruns boxed")]
    public void Accumulators_GiveTheVmsValues(string definitions, string call, string expected) =>
        EngineModes.AssertTheSameValueInEveryMode(definitions, call, expected);

    [TestMethod]
    [DataRow(Loops, "(squares 3 \"x\")")]
    [DataRow(Loops, "(squares 3 5)")]
    [DataRow(Loops, "(numbers 1 nil)")]
    public void Accumulators_GiveTheVmsErrors(string definitions, string call) =>
        EngineModes.AssertTheSameErrorInEveryMode(definitions, call);
}
