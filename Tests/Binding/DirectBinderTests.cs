using System.Collections.Immutable;
using System.Text;
using FluentAI.Compiler.Binding;
using FluentAI.Compiler.Hosting;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Binding;

/// <summary>
/// The direct binder (tokens to IR, no syntax tree) against the parser and Binder: whenever it takes a
/// program, the IR must be the Binder's node for node; whenever the usual path reports anything, it must
/// not take the program, and a program it gives up on leaves the globals as they were.
/// </summary>
[TestClass]
public sealed class DirectBinderTests
{
    private static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "corpus");

    /// <summary>Compares the two paths on one source; returns whether the direct binder took it.</summary>
    private static bool Compare(string text, string path = "t.ai")
    {
        var source = new SourceText(text, path);
        BoundProgram expected = Binder.BindProgram(SyntaxTree.Parse(source), new GlobalTable(), new ModuleLoader());
        var globals = new GlobalTable();
        bool taken = new DirectBinder(globals).TryBind(source, out ImmutableArray<TopLevelForm> actual);
        if (!taken)
        {
            Assert.IsFalse(globals.TryGet("x", out _) || globals.TryGet("+", out _) || globals.TryGet("f", out _), $"globals changed by a rejected program: {text}");
            return false;
        }

        Assert.IsFalse(expected.HasErrors, $"taken although the Binder reports {(expected.Diagnostics.Count > 0 ? expected.Diagnostics[0] : null)}: {text}");
        IrComparer.AssertSame(expected.Forms, actual, text);
        return true;
    }

    [TestMethod]
    public void CorpusPrograms_BindToTheBindersIr()
    {
        int taken = 0;
        string[] files = Directory.GetFiles(CorpusDirectory, "*.ai");
        foreach (string file in files)
        {
            if (Compare(File.ReadAllText(file), file))
            {
                taken++;
            }
        }

        // Most of the corpus uses match, data or effects; the rest must go the direct way.
        Assert.IsGreaterThan(40, taken, $"only {taken} of {files.Length} corpus programs were taken");
    }

    [TestMethod]
    [DataRow("42")]
    [DataRow("(+ 1 2)")]
    [DataRow("[1 2 3 4 5]")]
    [DataRow("(+ (* 2 3) (- (* 4 5) (/ 10 2)))")]
    [DataRow("(lambda (x y) (+ x y))")]
    [DataRow("(let ((x 10) (y 20)) (+ x y))")]
    [DataRow("")]
    [DataRow("; only a comment\n")]
    [DataRow("; c\n(+ 1 ; inner ( ] )\n 2);end")]
    [DataRow("\f(+\u00a01\v2)\r\n[\t1\u2003]")]
    [DataRow("() [] (do) (and) (or)")]
    [DataRow("-7 3.5 -0.25e3 \"a\\tb\\\"c\" #t true #f false 123456789012345678901234567890 -9223372036854775808")]
    [DataRow("(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (fib 20)")]
    [DataRow("(define x 5) (define f (lambda (y) (+ x y))) (f x)")]
    [DataRow("(do (define a 1) (do (define b 2)) (+ a b))")]
    [DataRow("(let ((x 1)) (let ((y x) (x 5)) (+ x y)))")]
    [DataRow("(let ((f (lambda () y)) (y 7)) (f))")]
    [DataRow("(letrec ((ev? (lambda (n) (if (== n 0) #t (od? (- n 1))))) (od? (lambda (n) (if (== n 0) #f (ev? (- n 1)))))) (ev? 10))")]
    [DataRow("(define (make k) (lambda (n other) (if (== n 0) k (+ k (other (- n 1) other)))))")]
    [DataRow("(lambda (a) (lambda (b) (lambda (c) [a b c (lambda () (+ a c))])))")]
    [DataRow("(let ((+ (lambda (a b) (* a b)))) (+ 2 3))")]
    [DataRow("(lambda (< x) (< x 1))")]
    [DataRow("((lambda (x) x) 1) ([1 2] 0) (1 2 3)")]
    [DataRow("(+ 1 2 3) (- 1) (== 1 1) (!= 1 2) (not= 1 2) (= 1 1) (<= 1 2) (>= 2 1) (> 2 1)")]
    [DataRow("(and #t (or #f 1) (if 1 2 3)) (io:print \"x\") (state:get \"k\")")]
    [DataRow("(define lambda 1) (f lambda let) (g (h if))")]
    [DataRow("(let () 1) (let ((x 1) (x 2)) x) (lambda () 1)")]
    public void CommonForms_BindToTheBindersIr(string text)
    {
        Assert.IsTrue(Compare(text), $"not taken: {text}");
    }

    [TestMethod]
    [DataRow("(+ 1 2")]
    [DataRow("(+ 1 2))")]
    [DataRow("(+ 1 2]")]
    [DataRow("[1 2)")]
    [DataRow("(lambda (x x) x)")]
    [DataRow("(lambda x x)")]
    [DataRow("(lambda [x] x)")]
    [DataRow("(lambda (x 1) x)")]
    [DataRow("(lambda (x))")]
    [DataRow("(lambda (x) x x)")]
    [DataRow("(let ((x)) x)")]
    [DataRow("(let ((x 1 2)) x)")]
    [DataRow("(let ((1 2)) x)")]
    [DataRow("(let (x 1) x)")]
    [DataRow("(let x 1)")]
    [DataRow("(let ((x 1)))")]
    [DataRow("(if 1 2)")]
    [DataRow("(if 1 2 3 4)")]
    [DataRow("(define)")]
    [DataRow("(define x)")]
    [DataRow("(define x 1 2)")]
    [DataRow("(define 1 2)")]
    [DataRow("(define () 1)")]
    [DataRow("(define (f 1) 1)")]
    [DataRow("(define (f x))")]
    [DataRow("(lambda () (define x 1))")]
    [DataRow("(let ((y (define x 1))) y)")]
    [DataRow("(f 1, 2)")]
    [DataRow("(f 12abc)")]
    [DataRow("(f \"unterminated)")]
    [DataRow("(f \u0001)")]
    [DataRow("(match 1 (_ 2))")]
    [DataRow("(data T (A))")]
    [DataRow("(spec:contract f :requires [(> x 0)]) (define (f x) x)")]
    [DataRow("(handler ((error (lambda (e) 1))) 2)")]
    [DataRow("(effect io:print 1)")]
    [DataRow("(: 1 Int)")]
    [DataRow("(module m (export f) (define f 1))")]
    [DataRow("(import \"m\" *)")]
    [DataRow("(export f)")]
    public void OtherFormsAndErrors_AreLeftToTheParser(string text)
    {
        Assert.IsFalse(Compare(text), $"taken: {text}");
    }

    [TestMethod]
    public void DeepNesting_IsLeftToTheParser()
    {
        string deep = new string('(', 100) + "f" + new string(')', 100);
        Assert.IsFalse(Compare(deep));
        string shallow = new string('(', 60) + "f" + new string(')', 60);
        Assert.IsTrue(Compare(shallow));
    }

    [TestMethod]
    public void RejectedProgram_CreatesNoGlobals()
    {
        // A builtin's cell is visible to Call once created; a program with a syntax error must not create it.
        var engine = new FluentEngine(new FluentEngineOptions { Output = new StringWriter() });
        Assert.ThrowsExactly<FluentCompilationException>(() => engine.Eval("(abs (+ 1 2)"));
        Assert.ThrowsExactly<FluentRuntimeException>(() => engine.Call("abs", -1));
        Assert.AreEqual(3L, engine.Eval("(abs -3)"));
        Assert.AreEqual(1L, engine.Call("abs", -1));
    }

    [TestMethod]
    public void GeneratedPrograms_BindToTheBindersIrOrAreLeftToTheParser()
    {
        var random = new Random(20240611);
        int taken = 0;
        const int Programs = 3000;
        for (int n = 0; n < Programs; n++)
        {
            var text = new StringBuilder();
            int forms = random.Next(1, 4);
            for (int f = 0; f < forms; f++)
            {
                new ProgramGenerator(random, text).TopLevel();
                text.Append(random.Next(3) == 0 ? "\n" : " ");
            }

            string program = Mutate(random, text.ToString());
            if (Compare(program))
            {
                taken++;
            }
        }

        Assert.IsGreaterThan(Programs / 4, taken, $"only {taken} of {Programs} generated programs were taken");
    }

    /// <summary>One program in five gets a character dropped or a bracket inserted.</summary>
    private static string Mutate(Random random, string text)
    {
        if (text.Length == 0 || random.Next(5) != 0)
        {
            return text;
        }

        int at = random.Next(text.Length);
        return random.Next(2) == 0 ? text.Remove(at, 1) : text.Insert(at, "()[]"[random.Next(4)].ToString());
    }

    /// <summary>Random programs over the common forms, with shapes the parser or Binder rejects now and then.</summary>
    private readonly struct ProgramGenerator(Random random, StringBuilder output)
    {
        private static readonly string[] Names = ["x", "y", "z", "f", "g", "n", "acc", "+", "-", "*", "<", "==", "list", "lambda", "io:print", "k:op"];
        private static readonly string[] Atoms = ["0", "1", "-2", "42", "1152", "99999999999999999999", "2.5", "-1e3", "\"s\"", "\"a\\nb\"", "#t", "#f", "true", "false"];

        public void TopLevel()
        {
            switch (random.Next(6))
            {
                case 0:
                    output.Append("(define ").Append(Name()).Append(' ');
                    Expr(3);
                    output.Append(')');
                    break;
                case 1:
                    output.Append("(define (").Append(Name());
                    Parameters();
                    output.Append(") ");
                    Expr(3);
                    output.Append(')');
                    break;
                case 2:
                    output.Append("(do ");
                    TopLevel();
                    output.Append(' ');
                    Expr(2);
                    output.Append(')');
                    break;
                default:
                    Expr(4);
                    break;
            }
        }

        private void Expr(int depth)
        {
            int choice = depth <= 0 ? random.Next(2) : random.Next(16);
            switch (choice)
            {
                case 0:
                    output.Append(Atoms[random.Next(Atoms.Length)]);
                    break;
                case 1:
                    output.Append(Name());
                    break;
                case 2:
                case 3:
                case 4:
                    output.Append('(').Append(random.Next(4) == 0 ? Names[random.Next(Names.Length)] : Names[7 + random.Next(5)]);
                    Operands(depth, random.Next(4));
                    output.Append(')');
                    break;
                case 5:
                    output.Append('[');
                    Operands(depth, random.Next(4));
                    output.Append(']');
                    break;
                case 6:
                case 7:
                    output.Append("(lambda (");
                    Parameters();
                    output.Append(") ");
                    Expr(depth - 1);
                    output.Append(')');
                    break;
                case 8:
                case 9:
                    output.Append(random.Next(3) == 0 ? "(letrec (" : "(let (");
                    int bindings = random.Next(4);
                    for (int i = 0; i < bindings; i++)
                    {
                        output.Append(" (").Append(Name()).Append(' ');
                        Expr(depth - 1);
                        output.Append(')');
                    }

                    output.Append(") ");
                    Expr(depth - 1);
                    output.Append(')');
                    break;
                case 10:
                    output.Append("(if");
                    Operands(depth, random.Next(6) == 0 ? 2 : 3);
                    output.Append(')');
                    break;
                case 11:
                    output.Append(random.Next(3) switch { 0 => "(do", 1 => "(and", _ => "(or" });
                    Operands(depth, random.Next(4));
                    output.Append(')');
                    break;
                case 12:
                    output.Append('(');
                    Expr(depth - 1);
                    Operands(depth, random.Next(3));
                    output.Append(')');
                    break;
                case 13:
                    output.Append(random.Next(8) == 0 ? "(define v 1)" : "()");
                    break;
                case 14:
                    output.Append(random.Next(10) == 0 ? "(match x (_ 1))" : "(- n 1)");
                    break;
                default:
                    output.Append("(+ ");
                    Expr(depth - 1);
                    output.Append(' ');
                    Expr(depth - 1);
                    output.Append(')');
                    break;
            }
        }

        private void Operands(int depth, int count)
        {
            for (int i = 0; i < count; i++)
            {
                output.Append(' ');
                Expr(depth - 1);
            }
        }

        private void Parameters()
        {
            int count = random.Next(4);
            for (int i = 0; i < count; i++)
            {
                output.Append(' ').Append(random.Next(12) == 0 ? "1" : Name());
            }
        }

        private string Name() => Names[random.Next(Names.Length)];
    }
}
