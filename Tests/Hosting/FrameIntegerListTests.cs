namespace FluentAI.Tests.Hosting;

/// <summary>
/// Integer lists whose nodes live in the frames of typed code (<c>IntegerListAnalysis</c>, <c>IntegerNode</c>):
/// every cons is used only while the call it is passed to runs. Every mode must give the VM's values and errors,
/// through deep recursion (frames that move to a larger stack, or rerun), nested conses, several nodes in one
/// frame, and long lists from boxed callers that the entering method pins while collections run.
/// </summary>
[TestClass]
public sealed class FrameIntegerListTests
{
    private const string Walks = """
        (define (len xs acc) (if (empty? xs) acc (len (tail xs) (+ acc 1))))
        (define (total xs acc) (if (empty? xs) acc (total (tail xs) (+ acc (head xs)))))
        (define (deep n xs) (if (= n 0) (+ (* 1000000 (len xs 0)) (total xs 0)) (+ 0 (deep (- n 1) (cons n xs)))))
        (define (pairs n xs) (if (= n 0) (total xs 0) (+ (pairs (- n 1) (cons n (cons (* 10 n) xs))) (total (cons n []) 0))))
        (define (second xs) (head (tail xs)))
        (define (peek n xs) (if (= n 0) 0 (+ (second (cons n (cons (+ n 1) xs))) (peek (- n 1) (tail (cons 5 xs))))))
        (define (bad n xs) (+ 0 (second (cons n xs))))
        (define (both n xs) (if (= n 0) (total xs 0) (+ (both (- n 1) (cons n xs)) (both (- n 1) (cons (- n) xs)))))
        """;

    private const string Churn = """
        (define (churn i acc) (if (= i 0) acc (churn (- i 1) (+ acc (string-length (to-string (* i 1000003)))))))
        (define (walk xs acc) (if (empty? xs) acc (walk (tail xs) (+ acc (* 3 (head xs)) (churn 200 0)))))
        (define (start xs) (+ 0 (walk (cons 0 xs) 0)))
        (define (walk2 n xs) (if (= n 0) (walk xs 0) (+ 0 (walk2 (- n 1) (cons 0 xs)))))
        """;

    [TestMethod]
    [DataRow(Walks, "(deep 10 [])", "10000055")]
    [DataRow(Walks, "(deep 3 [7 8])", "5000021")]
    [DataRow(Walks, "(deep 30000 [])", "30450015000", DisplayName = "30,000 frames deep, each holding one node of the list")]
    [DataRow(Walks, "(pairs 4 [])", "120", DisplayName = "a cons of a cons: two nodes in one frame")]
    [DataRow(Walks, "(peek 3 [1])", "9", DisplayName = "head and tail of fresh nodes")]
    [DataRow(Walks, "(both 10 [])", "0", DisplayName = "two conses of one list, each for its own call")]
    [DataRow(Walks, "(both 3 [100])", "800")]
    [DataRow(Walks, "(deep 2 [9223372036854775807])", "9223372036857775810", DisplayName = "overflow: the call reruns boxed")]
    [DataRow(Walks, "(deep 2 [1.5])", "3000004.5", DisplayName = "a list from a boxed caller with a float: the call reruns boxed")]
    public void NodesInFrames_GiveTheVmsValues(string definitions, string call, string expected) =>
        EngineModes.AssertTheSameValueInEveryMode(definitions, call, expected);

    [TestMethod]
    [DataRow(Walks, "(deep 2 [\"x\"])")]
    [DataRow(Walks, "(deep 2 5)")]
    [DataRow(Walks, "(bad 1 [])", DisplayName = "head of the empty list past a fresh node")]
    public void NodesInFrames_GiveTheVmsErrors(string definitions, string call) =>
        EngineModes.AssertTheSameErrorInEveryMode(definitions, call);

    [TestMethod]
    public void AListFromABoxedCaller_StaysInPlace_WhileCollectionsRun()
    {
        // 3,999 integers taken into one array of nodes (64 KB: on the small-object heap, where collections move
        // what survives); walking them allocates 800,000 strings per mode, so collections run
        // (and compact) while typed code reads nodes of that array: it must be pinned by the entering method.
        long expected = 0;
        for (long i = 1; i < 4_000; i++)
        {
            expected += 3 * i;
        }

        long churn = 0;
        for (long i = 200; i > 0; i--)
        {
            churn += (i * 1000003).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        }

        expected += 4_000 * churn; // (range 1 4000) is 1 to 3,999, and a 0 is consed on
        int collections = GC.CollectionCount(0);
        string total = expected.ToString(System.Globalization.CultureInfo.InvariantCulture);
        EngineModes.AssertTheSameValueInEveryMode(Churn, "(start (range 1 4000))", total); // taken in by typed code, for a call
        EngineModes.AssertTheSameValueInEveryMode(Churn, "(walk2 1 (range 1 4000))", total); // taken in by the typed entry
        Assert.IsGreaterThan(collections, GC.CollectionCount(0), "the walk should have run collections");
    }
}
