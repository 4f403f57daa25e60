namespace FluentAI.Tests.Hosting;

/// <summary>
/// Typed code holds a list it conses integers onto, and only reads with <c>head</c>, <c>tail</c> and <c>empty?</c>,
/// as unboxed cells (<c>IntegerListAnalysis</c>). Such lists never reach other code, and a list a boxed caller passes
/// (of any elements, of any length) is taken into cells whole: every mode must give the VM's results and errors.
/// </summary>
[TestClass]
public sealed class IntegerListTests
{
    /// <summary>nqueens as in Benchmarks/Programs/nqueens.ai: the program whose list integer cells were made for (also the IL and type-inference tests' example).</summary>
    internal const string Queens = """
        (define (safe? row dist placed)
          (if (empty? placed)
              #t
              (let ((q (head placed)))
                (and (!= q row) (!= q (+ row dist)) (!= q (- row dist)) (safe? row (+ dist 1) (tail placed))))))
        (define (try-rows row n k placed acc)
          (if (> row n)
              acc
              (try-rows (+ row 1) n k placed (if (safe? row 1 placed) (+ acc (queens n (+ k 1) (cons row placed))) acc))))
        (define (queens n k placed) (if (== k n) 1 (try-rows 1 n k placed 0)))
        """;

    private const string SumTo = """
        (define (sum xs) (if (empty? xs) 0 (+ (head xs) (sum (tail xs)))))
        (define (sum-to xs n) (if (== n 0) (sum xs) (sum-to (cons n xs) (- n 1))))
        (define (second-after xs n) (if (== n 0) (head (tail xs)) (second-after (cons n xs) (- n 1))))
        """;

    [TestMethod]
    [DataRow(Queens, "(queens 6 0 [])", "4")]
    [DataRow(Queens, "[(queens 4 0 []) (queens 5 0 []) (queens 8 0 [])]", "[2 10 92]")]
    [DataRow(Queens, "(queens 8 1 [1])", "4", DisplayName = "a list from a boxed caller, extended with cells")]
    [DataRow(Queens, "[(safe? 3 1 [1 6]) (safe? 3 1 [1 5]) (safe? 3 1 [4]) (safe? 3 1 (range 5 9))]", "[#t #f #f #t]")]
    [DataRow(Queens, "[(queens 8 1 [\"x\"]) (queens 6 1 [2.0])]", "[312 1]", DisplayName = "elements that are not integers: the call reruns boxed")]
    [DataRow(Queens, "[(safe? 3 1 [3 \"x\"]) (safe? 3 1 [1 \"x\"]) (safe? 3 1 [1 2.5 7])]", "[#f #t #t]", DisplayName = "a non-integer past where the walk stops, or where the boxed rerun compares it")]
    [DataRow(SumTo, "(sum-to [] 10)", "55")]
    [DataRow(SumTo, "(sum-to [1 2 3] 3)", "12")]
    [DataRow(SumTo, "(sum-to (range 100 110) 0)", "1045", DisplayName = "a run from a boxed caller, taken into cells whole")]
    [DataRow(SumTo, "(sum-to [2.5] 2)", "5.5", DisplayName = "an element that is not an integer: the call reruns boxed")]
    [DataRow(SumTo, "(sum-to [9223372036854775807] 1)", "9223372036854775808")]
    [DataRow(SumTo, "(second-after [] 2)", "2")]
    [DataRow(SumTo, "(second-after [7] 1)", "7")]
    public void IntegerLists_GiveTheVmsValues(string definitions, string call, string expected) =>
        EngineModes.AssertTheSameValueInEveryMode(definitions, call, expected);

    [TestMethod]
    [DataRow(SumTo, "(sum-to [\"a\"] 1)")]
    [DataRow(SumTo, "(sum-to 5 1)")]
    [DataRow(SumTo, "(second-after [] 1)")]
    [DataRow(SumTo, "(second-after [] 0)")]
    [DataRow(Queens, "(safe? 1 1 5)")]
    [DataRow(Queens, "(safe? 1 1 nil)")]
    [DataRow(SumTo, "(sum-to 7 4)", DisplayName = "cons onto a number, whose result nothing reads")]
    [DataRow(SumTo, "(sum-to nil 1)")]
    [DataRow(Queens, "(queens 8 1 7)")]
    public void IntegerLists_GiveTheVmsErrors(string definitions, string call) =>
        EngineModes.AssertTheSameErrorInEveryMode(definitions, call);
}
