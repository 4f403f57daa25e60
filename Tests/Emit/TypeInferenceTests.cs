using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;

namespace FluentAI.Tests.Emit;

/// <summary>Which known functions get a typed signature (long or object parameters; long, bool or object result), and what their typed code depends on.</summary>
[TestClass]
public sealed class TypeInferenceTests
{
    private const string Fib = "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))";
    private const string Tak = "(define (tak x y z) (if (>= y x) z (tak (tak (- x 1) y z) (tak (- y 1) z x) (tak (- z 1) x y))))";
    private const string Loop = "(define (loop n acc) (if (= n 0) acc (loop (- n 1) (+ acc n))))";
    private const string EvenOdd = "(define (even? n) (if (= n 0) #t (odd? (- n 1)))) (define (odd? n) (if (== n 0) #f (even? (- n 1))))";

    /// <summary>The typed signatures of the program, by function name.</summary>
    private static Dictionary<string, TypedSignature> Infer(string source)
    {
        KnownFunctions known = KnownFunctions.Analyze(LoweringFixture.Bind(source).Forms);
        return TypeInference.Infer(known).Values.ToDictionary(s => s.Function.Name);
    }

    [TestMethod]
    [DataRow(Fib, "fib", 1)]
    [DataRow(Tak, "tak", 3)]
    [DataRow(Loop, "loop", 2)]
    [DataRow("(define (f n) (let ((m (* n 2)) (k (+ m 1))) (do m (- k n))))", "f", 1)]
    [DataRow("(define (f n) (if n 1 0))", "f", 1)]
    [DataRow("(define (f) 42)", "f", 0)]
    [DataRow("(define (f n) (* n 4611686018427387904 4))", "f", 1)]
    [DataRow("(define (f n) (length [n n]))", "f", 1)]
    public void IntegerCode_IsTypedLong(string source, string name, int parameters)
    {
        TypedSignature signature = Infer(source)[name];
        Assert.AreEqual(typeof(long), signature.ReturnType);
        Assert.AreEqual(parameters, signature.ParameterCount);
    }

    [TestMethod]
    [DataRow("(define (pos? n) (> n 0))", "pos?")]
    [DataRow("(define (between? n) (and (>= n 1) (<= n 9)))", "between?")]
    [DataRow("(define (outside? n) (or (< n 1) (> n 9)))", "outside?")]
    [DataRow("(define (same? a b) (= (< a 0) (< b 0)))", "same?")]
    public void ComparisonCode_IsTypedBool(string source, string name)
    {
        Assert.AreEqual(typeof(bool), Infer(source)[name].ReturnType);
    }

    [TestMethod]
    public void MutualRecursion_IsTypedBoolForBothFunctions()
    {
        Dictionary<string, TypedSignature> typed = Infer(EvenOdd);
        Assert.AreEqual(typeof(bool), typed["even?"].ReturnType);
        Assert.AreEqual(typeof(bool), typed["odd?"].ReturnType);
    }

    [TestMethod]
    [DataRow("(define (f x) (+ x 1.5))", DisplayName = "float literal")]
    [DataRow("(define (f x) (/ x 2))", DisplayName = "division")]
    [DataRow("(define (f x) (abs x))", DisplayName = "builtin call")]
    [DataRow("(define (f g x) (g x))", DisplayName = "unknown call")]
    [DataRow("(define (f x) (if (< x 0) ((lambda () x)) x))", DisplayName = "captured parameter")]
    [DataRow("(define (f x) (let ((k x)) ((lambda () k))))", DisplayName = "captured let")]
    [DataRow("(define (f n) (f n))", DisplayName = "only returns its own call")]
    [DataRow("(define (f n) (if (< n 0) (f (+ n 1)) (f (- n 1))))", DisplayName = "only self calls in both branches")]
    [DataRow("(define (f n) (f n n))", DisplayName = "self call with the wrong arity")]
    [DataRow("(define (f n) (and n #t))", DisplayName = "and of an integer")]
    [DataRow("(define (f n) (+ n (* 4611686018427387904 4)))", DisplayName = "folded BigInteger constant")]
    [DataRow("(define (f n) (do))", DisplayName = "empty do")]
    [DataRow("(define (f n) (< (f n) (f n)))", DisplayName = "compares its own bool result")]
    public void OtherCode_IsNotTyped(string source)
    {
        // ConstantFolding runs before inference in the emitter; fold here too so folded constants are seen as they would be.
        KnownFunctions known = KnownFunctions.Analyze(ConstantFolding.Fold(LoweringFixture.Bind(source).Forms));
        Assert.AreEqual(1, known.All.Count, "the function should be known");
        Assert.AreEqual(0, TypeInference.Infer(known).Count);
    }

    [TestMethod]
    [DataRow("(define (f n) (if (< n 0) \"negative\" n))", DisplayName = "string branch")]
    [DataRow("(define (f x) (if (< x 0) #t 1))", DisplayName = "bool and long branches")]
    public void MixedResults_AreTypedObject(string source)
    {
        TypedSignature signature = Infer(source)["f"];
        Assert.AreEqual(typeof(object), signature.ReturnType);
        CollectionAssert.AreEqual(new[] { typeof(long) }, signature.ParameterTypes.ToArray());
    }

    [TestMethod]
    [DataRow("(define (f xs) (if (empty? xs) 0 (+ 1 (f (tail xs)))))", "f", "FluentList", "Int64")]
    [DataRow("(define (f xs n) (if (empty? xs) n (f (tail xs) (+ n (head xs)))))", "f", "FluentList Int64", "Int64")]
    [DataRow("(define (f n acc) (if (= n 0) acc (f (- n 1) (cons n acc))))", "f", "Int64 FluentList", "FluentList")]
    [DataRow("(define (g xs) (head xs)) (define (f n xs) (+ n (g xs)))", "f", "Int64 FluentList", "Int64")]
    [DataRow("(define (f flag n) (if flag n 0)) (define (h n) (f #t n))", "f", "Object Int64", "Int64")]
    [DataRow("(data T (A) (B x)) (define (f t) (match t ((A) 0) ((B x) x)))", "f", "Object", "Object")]
    [DataRow("(define (f i acc) (if (< i 0) acc (f (- i 1) (cons (to-string i) acc))))", "f", "Int64 FluentList", "FluentList")]
    [DataRow("(define (f xs) (match xs ((Some x) x) (_ (head xs))))", "f", "Object", "Object")]
    [DataRow("(define (f xs) (if xs 1 0)) (define (g) (f [1]))", "f", "FluentList", "Int64")]
    [DataRow("(data T (Leaf) (Node l v r)) (define (f d i) (if (= d 0) (Leaf) (Node (f (- d 1) i) i (f (- d 1) (+ i 1)))))", "f", "Int64 Int64", "Object")]
    [DataRow("(data B (Box x)) (define (f flag xs) (Box [flag (length xs)]))", "f", "Int64 FluentList", "Object")]
    public void ListAndDataCode_IsTypedWithObjectParameters(string source, string name, string parameters, string result)
    {
        TypedSignature signature = Infer(source)[name];
        Assert.AreEqual(parameters, string.Join(' ', signature.ParameterTypes.Select(t => t.Name)));
        Assert.AreEqual(result, signature.ReturnType.Name);
    }

    [TestMethod]
    [DataRow(FluentAI.Tests.Hosting.IntegerListTests.Queens, "safe?", 2, "IntegerNode*")]
    [DataRow(FluentAI.Tests.Hosting.IntegerListTests.Queens, "try-rows", 3, "IntegerNode*")]
    [DataRow(FluentAI.Tests.Hosting.IntegerListTests.Queens, "queens", 2, "IntegerNode*")]
    [DataRow("(define (sum l) (if (empty? l) 0 (+ (head l) (sum (tail l))))) (define (sum-to l n) (if (= n 0) (sum l) (sum-to (cons n l) (- n 1))))", "sum", 0, "IntegerCell")]
    [DataRow("(define (sum l) (if (empty? l) 0 (+ (head l) (sum (tail l)))))", "sum", 0, "FluentList", DisplayName = "no cons feeds it: nothing to gain")]
    [DataRow("(define (push l n) (if (= n 0) l (push (cons n l) (- n 1))))", "push", 0, "FluentList", DisplayName = "returned")]
    [DataRow("(define (count l n) (if (= n 0) (length l) (count (cons n l) (- n 1))))", "count", 0, "FluentList", DisplayName = "given to length")]
    [DataRow("(define (f l n) (if (= n 0) (== l []) (f (cons n l) (- n 1))))", "f", 0, "FluentList", DisplayName = "compared")]
    [DataRow("(define (f l n) (if (= n 0) (head l) (f (cons \"a\" l) (- n 1))))", "f", 0, "FluentList", DisplayName = "consed from a string")]
    [DataRow("(define (f l n) (if (= n 0) (let ((m l)) (head m)) (f (cons n l) (- n 1))))", "f", 0, "FluentList", DisplayName = "bound to a local")]
    [DataRow("(define (f l n) (if (= n 0) (fold (lambda (a x) (+ a (head l))) 0 [1 2]) (f (cons n l) (- n 1))))", "f", 0, "FluentList", DisplayName = "read inside a lambda")]
    [DataRow("(define (g l) (if (empty? l) 0 (length l))) (define (f l n) (if (= n 0) (g l) (f (cons n l) (- n 1))))", "f", 0, "FluentList", DisplayName = "passed to a parameter that does not qualify")]
    public void ListParameters_HoldIntegerLists_OnlyWhereNoCellCanEscape(string source, string name, int parameter, string type)
    {
        TypedSignature signature = Infer(source)[name];
        Assert.AreEqual(type, signature.ParameterTypes[parameter].Name, "an integer-list parameter is a chain of cells or nodes, null when empty");
        Assert.AreEqual(type != "FluentList", signature.IntegerLists.OfType<LocalLoadExpr>().Any(load => load.Variable == signature.Function.Locals[parameter]));
    }

    private const string Sum = "(define (sum l) (if (empty? l) 0 (+ (head l) (sum (tail l)))))";

    [TestMethod]
    [DataRow(FluentAI.Tests.Hosting.IntegerListTests.Queens, "try-rows", "IntegerNode*", DisplayName = "nqueens: each cons is passed to a call that returns an integer")]
    [DataRow(Sum + " (define (f n) (+ 0 (sum (cons n (cons (* n 2) [])))))", "f", "IntegerNode*", DisplayName = "a cons of a cons, for a call inside +")]
    [DataRow(Sum + " (define (f n) (if (empty? (cons n [])) 0 (sum (tail (cons n [7])))))", "f", "IntegerCell", DisplayName = "a tail given to a tail call")]
    [DataRow(Sum + " (define (f n) (if (> (sum (cons n [])) 3) 1 0))", "f", "IntegerNode*", DisplayName = "a call in a condition")]
    [DataRow(Sum + " (define (f n) (sum (cons n [])))", "f", "IntegerCell", DisplayName = "given to a tail call: the frame is gone while the callee runs")]
    [DataRow(Sum + " (define (f n) (if (= n 0) 0 (+ (sum [1 2]) (sum (cons n [])))))", "f", "IntegerNode*", DisplayName = "a list from elsewhere for a call inside +")]
    [DataRow(Sum + " (define (f n) (if (= n 0) (sum [1 2]) (+ 0 (sum (cons n [])))))", "f", "IntegerCell", DisplayName = "a list from elsewhere for a tail call")]
    [DataRow(Sum + " (define (f n) (if (= n 0) (sum []) (+ 0 (sum (cons n [])))))", "f", "IntegerNode*", DisplayName = "[] for a tail call: null, nothing kept")]
    [DataRow(Sum + " (define (f n l) (if (= n 0) (sum l) (f (- n 1) (cons n l))))", "f", "IntegerCell", DisplayName = "consed onto the loop's own parameter")]
    [DataRow(Sum + " (define (f n) (+ 0 (sum (cons n [])))) (define (g n l) (if (= n 0) (sum l) (g (- n 1) (cons n l))))", "f", "IntegerCell", DisplayName = "a group is one form: sum takes g's heap cells")]
    [DataRow(Sum + " (define (s2 l) (if (empty? l) 0 (+ (head l) (s2 (tail l))))) (define (f n) (+ 0 (sum (cons n [])))) (define (g n l) (if (= n 0) (s2 l) (g (- n 1) (cons n l))))", "f", "IntegerNode*", DisplayName = "separate groups choose separately")]
    public void IntegerLists_LiveInFrames_OnlyWhereNoneOutlivesItsCall(string source, string name, string type)
    {
        TypedSignature signature = Infer(source)[name];
        Assert.AreEqual(type, signature.IntegerListType.Name);
        if (Infer(source).TryGetValue("sum", out TypedSignature? sum))
        {
            Assert.AreEqual(type, sum.ParameterTypes[0].Name, "the callee takes its callers' form");
        }
    }

    [TestMethod]
    [DataRow("(define (f i acc) (if (< i 0) acc (f (- i 1) (cons (to-string i) acc))))", "f", "1", DisplayName = "string_build's numbers")]
    [DataRow("(define (f i acc) (if (< i 0) acc (if (= i 5) (f (- i 1) acc) (f (- i 1) (cons i acc)))))", "f", "1", DisplayName = "passed on unchanged in one branch")]
    [DataRow("(define (f i a b) (if (< i 0) (if (= (mod i 2) 0) a b) (f (- i 1) (cons i a) (cons (* i i) b))))", "f", "1 2", DisplayName = "two, either returned")]
    [DataRow("(define (f i acc) (if (< i 0) (reverse acc) (f (- i 1) (cons i acc))))", "f", "", DisplayName = "given to reverse")]
    [DataRow("(define (f i acc) (if (< i 0) acc (f (- i 1) (cons (length acc) acc))))", "f", "", DisplayName = "read by the element")]
    [DataRow("(define (f i acc) (if (< i 0) acc (+ 0 (length (f (- i 1) (cons i acc))))))", "f", "", DisplayName = "a self call outside tail position")]
    [DataRow("(define (f i acc) (if (< i 0) acc (f (- i 1) acc)))", "f", "", DisplayName = "never consed onto")]
    [DataRow("(define (f i acc) (if (< i 0) acc (f (- i 1) (cons i (cons i acc)))))", "f", "", DisplayName = "a cons of a cons")]
    [DataRow("(define (g xs) xs) (define (f i acc) (if (< i 0) acc (f (- i 1) (g (cons i acc)))))", "f", "", DisplayName = "consed onto, for another function")]
    [DataRow("(define (f i acc) (if (< i 0) ((lambda () acc)) (f (- i 1) (cons i acc))))", "f", "", DisplayName = "captured")]
    [DataRow("(define (f i acc) (if (< i 0) acc (f (- i 1) (cons i acc) 1)))", "f", "", DisplayName = "a self call with the wrong arity")]
    public void ListParameters_AreAccumulators_OnlyWhenTheLoopOnlyConsesOntoThem(string source, string name, string accumulators)
    {
        if (!Infer(source).TryGetValue(name, out TypedSignature? signature))
        {
            Assert.AreEqual("", accumulators, "untyped: no accumulator");
            return;
        }

        Assert.AreEqual(accumulators, string.Join(' ', signature.Accumulators.Order()));
        foreach (int index in signature.Accumulators)
        {
            Assert.AreEqual(typeof(FluentAI.Runtime.Values.FluentList), signature.ParameterTypes[index], "the method still takes a list");
            Assert.AreEqual(typeof(FluentAI.Runtime.Compiled.ListAccumulator), signature.ParameterLocalType(index));
        }
    }

    [TestMethod]
    public void ACallerOfAnUntypedFunction_IsNotTyped()
    {
        Dictionary<string, TypedSignature> typed = Infer("(define (f n) (if (< n 0) 0.5 n)) (define (g n) (+ 1 (f n))) (define (h n) (+ 1 n))");
        CollectionAssert.AreEquivalent(new[] { "h" }, typed.Keys.ToArray());
    }

    [TestMethod]
    public void ACallerOfAFunctionThatOnlyCallsItself_IsNotTyped()
    {
        Dictionary<string, TypedSignature> typed = Infer("(define (spin n) (spin (+ n 1))) (define (g n) (+ 1 (spin n)))");
        Assert.AreEqual(0, typed.Count);
    }

    [TestMethod]
    public void AFunctionDefinedTwice_IsNotTypedAndNeitherAreItsCallers()
    {
        Dictionary<string, TypedSignature> typed = Infer("(define (f n) n) (define (f n) (+ n 1)) (define (g n) (f n))");
        Assert.AreEqual(0, typed.Count);
    }

    [TestMethod]
    public void Dependencies_AreTheFunctionItselfThenEveryTransitiveCallee()
    {
        Dictionary<string, TypedSignature> typed = Infer(Fib + EvenOdd + "(define (h n) (if (even? n) (fib n) 0)) (define (top n) (+ (h n) 1))");

        static string[] Names(TypedSignature s) => [.. s.Dependencies.Select(d => d.Cell.Name)];
        CollectionAssert.AreEqual(new[] { "fib" }, Names(typed["fib"]));
        CollectionAssert.AreEqual(new[] { "even?", "odd?" }, Names(typed["even?"]));
        CollectionAssert.AreEqual(new[] { "odd?", "even?" }, Names(typed["odd?"]));
        CollectionAssert.AreEqual(new[] { "h", "even?", "fib", "odd?" }, Names(typed["h"]));
        CollectionAssert.AreEqual(new[] { "top", "h", "even?", "fib", "odd?" }, Names(typed["top"]));
    }

    [TestMethod]
    public void DataConstructorCalls_AreTyped_AndTheConstructorsAreDependencies()
    {
        Dictionary<string, TypedSignature> signatures = Infer("""
            (data Tree (Leaf) (Node left value right))
            (define (build depth index)
              (if (= depth 0) (Leaf) (Node (build (- depth 1) (* 2 index)) index (build (- depth 1) (+ (* 2 index) 1)))))
            (define (bench) (build 3 1))
            """);

        CollectionAssert.AreEquivalent(new[] { "Leaf", "Node" }, signatures["build"].Constructors.Select(c => c.Cell.Name).ToArray());
        CollectionAssert.AreEquivalent(new[] { "Leaf", "Node" }, signatures["bench"].Constructors.Select(c => c.Cell.Name).ToArray(), "through build");
        Assert.AreEqual(typeof(object), signatures["bench"].ReturnType);
    }

    [TestMethod]
    [DataRow("(data T (Mk x)) (define (f n) (Mk n n))", DisplayName = "wrong arity")]
    [DataRow("(data T (Mk x)) (define Mk 5) (define (f n) (Mk n))", DisplayName = "constructor redefined in the unit")]
    public void CallsOfConstructorsThatAreNotKnown_AreNotTyped(string source)
    {
        Assert.IsFalse(Infer(source).ContainsKey("f"));
    }

    [TestMethod]
    [DataRow("(define (f xs k) (map (lambda (x) (* x k)) xs))", "f", "FluentList Int64", "FluentList", "x:Int64")]
    [DataRow("(define (f xs) (filter (lambda (x) (== (mod x 2) 0)) xs))", "f", "FluentList", "FluentList", "x:Int64")]
    [DataRow("(define (f xs) (fold (lambda (acc x) (+ acc x)) 0 xs))", "f", "FluentList", "Int64", "acc:Int64 x:Int64")]
    [DataRow("(define (f xs) (fold (lambda (acc x) (cons x acc)) [] xs))", "f", "FluentList", "Object", "acc:Object x:Int64")]
    [DataRow("(define (f xss) (map (lambda (xs) (head xs)) xss))", "f", "FluentList", "FluentList", "xs:Object")]
    [DataRow("(define (f n) (map (lambda (x) (* x x)) (range n)))", "f", "Int64", "FluentList", "x:Int64")]
    public void MapFilterAndFoldOverALambda_AreTypedLoops(string source, string name, string parameters, string result, string localTypes)
    {
        TypedSignature signature = Infer(source)[name];
        Assert.AreEqual(parameters, string.Join(' ', signature.ParameterTypes.Select(t => t.Name)));
        Assert.AreEqual(result, signature.ReturnType.Name);
        Assert.AreEqual(localTypes, string.Join(' ', signature.LocalTypes.OrderBy(p => p.Key.Slot).Select(p => $"{p.Key.Name}:{p.Value.Name}")));
    }

    [TestMethod]
    [DataRow("(define (f xs) (map (lambda (x y) x) xs))", DisplayName = "a lambda of the wrong arity")]
    [DataRow("(define (f g xs) (map g xs))", DisplayName = "a function that is not a lambda written there")]
    [DataRow("(define (f xs) (map (lambda (x) (lambda () x)) xs))", DisplayName = "a lambda that escapes")]
    [DataRow("(define (f xs) (map (lambda (x) (io:print x)) xs))", DisplayName = "an effect in the lambda")]
    public void OtherHigherOrderCalls_AreNotTyped(string source)
    {
        Assert.IsFalse(Infer(source).ContainsKey("f"));
    }

    [TestMethod]
    [DataRow("(define (f xs n) (let ((q (head xs))) (and (!= q n) (< q (+ n 1)))))", "q", true)]
    [DataRow("(define (f xs n) (let ((q (head xs))) (!= q n)))", "q", false)]
    [DataRow("(define (f xs n) (let ((q (head xs))) (if (= q n) q 0)))", "q", false)]
    [DataRow("(define (f xs n) (let ((q (head xs)) (r (+ q 1))) (- r q)))", "q", true)]
    public void ALetLocalUsedOnlyAsAnOperand_IsUnboxedWhereItIsBound(string source, string local, bool unboxed)
    {
        TypedSignature signature = Infer(source)["f"];
        Assert.AreEqual(unboxed, signature.LocalTypes.Any(p => p.Key.Name == local && p.Value == typeof(long)));
    }
}
