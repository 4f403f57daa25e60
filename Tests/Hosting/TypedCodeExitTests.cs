using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// Typed list and data code leaves when a value is not of the kind it expects (a float where an integer was expected, the
/// head of an empty list, a value no clause matches): the call reruns on boxed values, so every mode gives the VM's result
/// or the VM's error (message and position), and does so again on later calls.
/// </summary>
[TestClass]
public sealed class TypedCodeExitTests
{
    private const string Sum = "(define (sum xs acc) (if (empty? xs) acc (sum (tail xs) (+ acc (head xs)))))";
    /// <summary>q is unboxed where it is bound (it is only compared): a head that is not an integer leaves typed code.</summary>
    private const string Has = "(define (has? x xs) (if (empty? xs) #f (let ((q (head xs))) (or (= q x) (= q (+ x 100)) (has? x (tail xs))))))";
    private const string Tree = """
        (data Tree (Leaf) (Node left value right))
        (define (tree-sum tree)
          (match tree
            ((Leaf) 0)
            ((Node left value right) (+ value (tree-sum left) (tree-sum right)))))
        """;

    [TestMethod]
    [DataRow(Sum, "(sum [1 2 3] 0)", "6")]
    [DataRow(Sum, "(sum [1 2.5 3] 0)", "6.5")]
    [DataRow(Sum, "(sum [1 2 9223372036854775807] 0)", "9223372036854775810")]
    [DataRow(Sum, "(sum [] \"unchanged\")", "\"unchanged\"")]
    [DataRow(Tree, "(tree-sum (Node (Node (Leaf) 1 (Leaf)) 2 (Leaf)))", "3")]
    [DataRow(Tree, "(tree-sum (Node (Leaf) 1.5 (Leaf)))", "1.5")]
    [DataRow("(define (len xs) (if (empty? xs) 0 (+ 1 (len (tail xs)))))", "(len (range 0 100000))", "100000")]
    [DataRow("(define (f n acc) (if (= n 0) acc (f (- n 1) (cons n acc))))", "(f 3 [])", "[1 2 3]")]
    [DataRow("(define (same? x n) (== x n))", "[(same? 1 1) (same? \"a\" 1) (same? 1.0 1) (same? [1] 1)]", "[#t #f #t #f]")]
    [DataRow("(define (a n) (if (= n 0) 0 (b (- n 1)))) (define (b n) (if (= n 0) 1 (c (- n 1)))) (define (c n) (if (= n 0) 2 (a (- n 1))))", "(a 1000000)", "1")]
    [DataRow("(define (a n acc) (if (= n 0) acc (b (- n 1) (+ acc 1)))) (define (b n acc) (let ((m (* acc 2))) (a n (- m acc))))", "(a 100000 5)", "100005")]
    [DataRow("(define (sum-to i n acc) (if (> i n) acc (sum-to (+ i 1) n (+ acc i))))", "(sum-to 9223372036854775806 9223372036854775807 0)", "18446744073709551613")]
    [DataRow("(define (count-up i n) (if (> i n) 0 (+ 1 (count-up (+ i 1) n))))", "(count-up 9223372036854775805 9223372036854775807)", "3")]
    [DataRow("(define (count-down i lo) (if (< i lo) 0 (+ 1 (count-down (- i 1) lo))))", "(count-down -9223372036854775806 -9223372036854775808)", "3")]
    [DataRow("(define (below i n) (if (< i n) (below (+ i 1) n) i))", "[(below 9223372036854775800 9223372036854775807) (below -5 -2)]", "[9223372036854775807 -2]")]
    [DataRow("(define (f i n) (if (<= i n) (g (+ i 1) n) i)) (define (g i n) (f i n))", "(f 9223372036854775806 9223372036854775807)", "9223372036854775808")]
    [DataRow(Has, "(has? 2 [1 2 3])", "#t")]
    [DataRow(Has, "(has? 2 [1 102 3])", "#t")]
    [DataRow(Has, "(has? 102 [1 2 3])", "#f")]
    [DataRow(Has, "(has? 2 [\"a\" 1.5 2.0])", "#t")]
    [DataRow(Has, "(has? 2 [\"a\" #t [2]])", "#f")]
    public void ValuesOfOtherKinds_GiveTheVmsResult(string definitions, string call, string expected) =>
        EngineModes.AssertTheSameValueInEveryMode(definitions, call, expected);

    [TestMethod]
    [DataRow(Sum, "(sum [1 2 \"three\"] 0)")]
    [DataRow(Sum, "(sum 5 0)")]
    [DataRow(Tree, "(tree-sum (Node (Leaf) 1 7))")]
    [DataRow("(define (f xs) (if (empty? xs) (head xs) (g (tail xs)))) (define (g xs) (f xs))", "(f [1 2])")]
    [DataRow("(define (f n) (if (= n 0) (g 1.5) (g n))) (define (g n) (if (< n 1) (f (+ n 1)) (+ n \"x\")))", "(f 3)")]
    [DataRow(Tree, "(tree-sum (Node (Leaf) \"one\" (Leaf)))")]
    public void ErrorsInTypedCode_AreTheVmsErrors(string definitions, string call) =>
        EngineModes.AssertTheSameErrorInEveryMode(definitions, call);
}
