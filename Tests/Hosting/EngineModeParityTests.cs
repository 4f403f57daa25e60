using FluentAI.Compiler.Hosting;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Printing;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// Every execution mode gives the VM's results. Each program's definitions are evaluated once, then its expression three
/// times on the same engine, so in Tiered mode the later evaluations run the functions as IL (the tier-up happens on a
/// large-stack thread, from the second evaluation on).
/// </summary>
[TestClass]
public sealed class EngineModeParityTests
{
    private const int Repetitions = 3;

    public static IEnumerable<object[]> Programs =>
        from program in new (string Name, string Definitions, string Expression, string Expected)[]
        {
            ("fib 100 by an accumulating loop (typed, overflows to BigInteger)", "(define (fib-iter n a b) (if (= n 0) a (fib-iter (- n 1) b (+ a b))))", "(fib-iter 100 0 1)", "354224848179261915075"),
            ("factorial 30 (typed multiply chain overflows)", "(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))", "[(fact 20) (fact 21) (fact 30)]", "[2432902008176640000 51090942171709440000 265252859812191058636308480000000]"),
            ("recursive fib (typed)", "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))", "(fib 20)", "6765"),
            ("negative overflow in a typed loop", "(define (down n acc) (if (= n 0) acc (down (- n 1) (- acc 4611686018427387904))))", "(down 3 0)", "-13835058055282163712"),
            ("typed function given non-fixnums", "(define (sq x) (* x x))", "[(sq 3) (sq 1.5) (sq 4294967296) (sq 99999999999999999999)]", "[9 2.25 18446744073709551616 9999999999999999999800000000000000000001]"),
            ("typed bool results", "(define (even? n) (if (= n 0) #t (odd? (- n 1)))) (define (odd? n) (if (= n 0) #f (even? (- n 1))))", "[(even? 100001) (odd? 7) (even? -0)]", "[#f #t #t]"),
            ("floats", "(define (area r) (* 3.5 (* r r)))", "[(area 2.0) (area 2) (/ 7 2) (/ 7.0 2) (+ 0.1 0.2)]", "[14.0 14.0 3 3.5 0.30000000000000004]"),
            ("strings", "(define (greet s) (string-append \"hi \" s))", "[(greet \"bob\") (to-string 12) (string-length \"héllo\")]", "[\"hi bob\" \"12\" 5]"),
            ("closures", "(define (adder k) (lambda (n) (+ n k))) (define (compose f g) (lambda (x) (f (g x))))", "(map (compose (adder 10) (adder 1)) [1 2 3])", "[12 13 14]"),
            ("letrec", "", "(let ((ev (lambda (n) (if (= n 0) #t (od (- n 1))))) (od (lambda (n) (if (= n 0) #f (ev (- n 1)))))) [(ev 1001) (od 1001)])", "[#f #t]"),
            ("data and match", "(data Shape (Circle r) (Rect w h)) (define (area s) (match s ((Circle r) (* 3 (* r r))) ((Rect w h) (* w h))))", "(map area [(Circle 2) (Rect 2 5)])", "[12 10]"),
            ("list patterns", "(define (sum xs) (match xs ([] 0) ([x ... rest] (+ x (sum rest))))) (define (second xs) (match xs ([_ b] b) (_ \"none\")))", "[(sum [1 2 3 4]) (second [1 2]) (second [1])]", "[10 2 \"none\"]"),
            ("handler with an error entry", "(define (safe-div a b) (handler ((error (lambda (e) (error-type e)))) (/ a b)))", "[(safe-div 1 0) (safe-div 9 3) (safe-div \"a\" 1)]", "[\"division-by-zero\" 3 \"type-mismatch\"]"),
            ("error:catch recovers at the failing call", "(error:catch \"type-mismatch\" (lambda (e) 99)) (define (f x y) (+ x y))", "(+ 1 (f 1 \"a\"))", "100"),
            ("error:raise caught by a handler", "(define (check n) (if (< n 0) (error:raise \"negative\" \"below zero\" n) n))", "(handler ((error (lambda (e) [(error-type e) (error-message e) (error-data e)]))) (check -5))", "[\"negative\" \"below zero\" -5]"),
            ("state", "(define (remember v) (do (state:set \"k\" v) (state:get \"k\")))", "(remember [1 2])", "[1 2]"),
            ("nine parameters (argument arrays)", "(define (f a b c d e g h i j) (if (= a 0) (+ b j) (f (- a 1) b c d e g h i (+ j 1))))", "(f 1000 1 2 3 4 5 6 7 0)", "1001"),
            ("tail calls in a long loop", "(define (count n) (if (= n 0) \"done\" (count (- n 1))))", "(count 100000)", "\"done\""),
            ("and/or values", "(define (pick a b) (or (and a b) \"neither\"))", "[(pick 1 2) (pick 0 2) (pick [] #f)]", "[2 \"neither\" \"neither\"]"),
        }
        select new object[] { program.Name, program.Definitions, program.Expression, program.Expected };

    [TestMethod]
    [DynamicData(nameof(Programs))]
    public void EveryMode_GivesTheSameValue(string name, string definitions, string expression, string expected)
    {
        foreach (string mode in EngineModes.All)
        {
            FluentEngine engine = EngineModes.New(mode);
            engine.Eval(definitions, "parity.ai");
            for (int i = 1; i <= Repetitions; i++)
            {
                object? value = engine.Eval(expression, "parity.ai");
                Assert.AreEqual(expected, Printer.Display(value), $"{name}: mode {mode}, evaluation {i}");
            }
        }
    }

    [TestMethod]
    public void EveryMode_PrintsTheSameOutput()
    {
        const string definitions = """
            (define (shout n) (do (io:print "n =" n [n "x"]) (* n 2)))
            (define (quiet n) (handler ((io:print (lambda (s) (string-append "caught " s)))) (io:print (to-string n))))
            """;
        foreach (string mode in EngineModes.All)
        {
            var output = new StringWriter();
            FluentEngine engine = EngineModes.New(mode, output);
            engine.Eval(definitions, "output.ai");
            for (int i = 0; i < Repetitions; i++)
            {
                Assert.AreEqual(42L, engine.Eval("(shout 21)"), mode);
                Assert.AreEqual("caught 7", engine.Eval("(quiet 7)"), mode);
            }

            Assert.AreEqual(string.Concat(Enumerable.Repeat("n = 21 [21 \"x\"]\n", Repetitions)), output.ToString().ReplaceLineEndings("\n"), mode);
        }
    }

    [TestMethod]
    public void Tiered_RunsHotFunctionsAsIL()
    {
        // The parity tests above only mean something for Tiered if its functions really move to IL.
        foreach (string mode in new[] { EngineModes.Tiered1, EngineModes.Tiered2 })
        {
            FluentEngine engine = EngineModes.New(mode);
            engine.Eval("(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (define (unused n) n)");
            Assert.IsNotInstanceOfType<CompiledClosure>(engine.Eval("fib"), $"{mode}: fib is not hot yet");
            for (int i = 0; i < Repetitions; i++)
            {
                Assert.AreEqual(55L, engine.Eval("(fib 10)"), mode);
            }

            Assert.IsInstanceOfType<CompiledClosure>(engine.Eval("fib"), mode);
            Assert.IsInstanceOfType<CompiledClosure>(engine.Eval("unused"), $"{mode}: unit-mates are compiled with the hot function");
        }
    }

    [TestMethod]
    public void Dynamic_RunsEveryFunctionAsIL()
    {
        FluentEngine engine = EngineModes.New(EngineModes.Dynamic);
        engine.Eval("(define (f n) n)");
        Assert.IsInstanceOfType<CompiledClosure>(engine.Eval("f"));
        Assert.IsInstanceOfType<CompiledClosure>(engine.Eval("(lambda (x) x)"));
    }
}
