namespace FluentAI.Tests.Hosting;

/// <summary>
/// Typed code stores a data value's first integer field unboxed and reads a field bound by a pattern unboxed when
/// the clause uses it only as an integer. Such values must print, compare, hash and match as any other, in boxed code
/// and on the VM too, and a field of another kind must still give the VM's result or error.
/// </summary>
[TestClass]
public sealed class UnboxedFieldTests
{
    /// <summary>A tree built and folded by typed code (also <c>DataAcrossEnginesTests</c>' program).</summary>
    internal const string Tree = """
        (data Tree (Leaf) (Node left value right))
        (define (build depth index)
          (if (= depth 0) (Leaf) (Node (build (- depth 1) (* 2 index)) index (build (- depth 1) (+ (* 2 index) 1)))))
        (define (tree-sum tree)
          (match tree
            ((Leaf) 0)
            ((Node left value right) (+ value (tree-sum left) (tree-sum right)))))
        (define (values tree)
          (match tree
            ((Leaf) [])
            ((Node left value right) (concat (values left) (cons value (values right))))))
        (define (fives tree)
          (match tree
            ((Leaf) 0)
            ((Node l 5 r) (+ 1 (fives l) (fives r)))
            ((Node l v r) (+ (fives l) (fives r)))))
        """;

    private const string Shapes = """
        (data Shape (Box side) (Rect w h) (Tagged tag n) (Wide a b c d))
        (define (box n) (Box n))
        (define (rect w h) (Rect w h))
        (define (tagged n) (Tagged "t" n))
        (define (wide n) (Wide n (+ n 1) (+ n 2) (+ n 3)))
        (define (tall h) (Rect "w" h))
        (define (height s) (match s ((Rect _ h) (+ h 0)) (Box 0) ((Box _) 1) (_ -1)))
        (define (area s)
          (match s
            ((Box side) (* side side))
            ((Rect w h) (* w h))
            ((Tagged _ n) (- n 1))
            ((Wide a b c d) (+ a b c d))))
        """;

    [TestMethod]
    [DataRow(Tree, "(build 2 1)", "(Node (Node (Leaf) 2 (Leaf)) 1 (Node (Leaf) 3 (Leaf)))")]
    [DataRow(Tree, "(tree-sum (build 10 1))", "523776")]
    [DataRow(Tree, "(values (build 3 1))", "[4 2 5 1 6 3 7]")]
    [DataRow(Tree, "(== (build 2 1) (Node (Node (Leaf) 2 (Leaf)) 1 (Node (Leaf) 3 (Leaf))))", "#t")]
    [DataRow(Tree, "(== (build 2 1) (build 2 2))", "#f")]
    [DataRow(Tree, "(set-size (set-from-list [(build 2 1) (Node (Node (Leaf) 2 (Leaf)) 1 (Node (Leaf) 3 (Leaf))) (build 2 1)]))", "1")]
    [DataRow(Tree, "(dict-get (dict-set (dict-new) (build 1 7) \"seven\") (Node (Leaf) 7 (Leaf)))", "\"seven\"")]
    [DataRow(Tree, "(fives (build 3 1))", "1")]
    [DataRow(Tree, "(tree-sum (build 2 1844674407370955161))", "9223372036854775806")]
    [DataRow(Tree, "(tree-sum (build 2 1844674407370955162))", "9223372036854775811")]
    [DataRow(Tree, "(tree-sum (Node (build 1 2) 2.5 (Leaf)))", "4.5")]
    [DataRow(Tree, "(tree-sum (tuple \"Node\" (tuple \"Leaf\") 5 (Node (Leaf) 7 (tuple \"Leaf\"))))", "12")]
    [DataRow(Shapes, "[(area (box 3)) (area (rect 4 5)) (area (tagged 10)) (area (wide 1))]", "[9 20 9 10]")]
    [DataRow(Shapes, "[(box -9223372036854775808) (rect 1 2) (tagged 3) (wide 4)]", "[(Box -9223372036854775808) (Rect 1 2) (Tagged \"t\" 3) (Wide 4 5 6 7)]")]
    [DataRow(Shapes, "(match (rect 1 2) ((Rect 1 h) h) (_ 0))", "2")]
    [DataRow(Shapes, "(area (Rect 2.5 2))", "5.0")]
    [DataRow(Tree, "(tree-sum (apply Node [(apply Node [(Leaf) 2 (Leaf)]) 1 (head (map (lambda (x) x) [(Leaf)]))]))", "3", DisplayName = "values built through the constructor as a function value, all fields boxed")]
    [DataRow(Tree, "(map tree-sum [(Leaf) (apply Leaf []) (tuple \"Leaf\") (Node (Leaf) 1 (tuple \"Leaf\"))])", "[0 0 0 1]")]
    [DataRow(Shapes, "[(height (rect 4 5)) (height (tall 6)) (height (Rect \"a\" 7)) (height (box 1)) (height (wide 1)) (height (tuple \"Rect\" 0 8))]", "[5 6 7 1 -1 8]", DisplayName = "a field unboxed where the match expects another, or none")]
    public void ValuesWithUnboxedFields_BehaveAsAnyOther(string definitions, string call, string expected) =>
        EngineModes.AssertTheSameValueInEveryMode(definitions, call, expected);

    [TestMethod]
    [DataRow(Tree, "(tree-sum (Node (Leaf) \"one\" (Leaf)))")]
    [DataRow(Tree, "(tree-sum (Node (Leaf) 1 (tuple \"Node\")))")]
    [DataRow(Tree, "(tree-sum (Node (Leaf) 1 (Node (Leaf) 2 3)))")]
    [DataRow(Shapes, "(area (Tagged \"t\" \"n\"))")]
    [DataRow(Shapes, "(area (Box (box 2)))")]
    public void AFieldThatIsNotAnInteger_GivesTheVmsError(string definitions, string call) =>
        EngineModes.AssertTheSameErrorInEveryMode(definitions, call);
}
