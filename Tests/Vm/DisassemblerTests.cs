using System.Text.RegularExpressions;
using FluentAI.Compiler.Hosting;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Vm;

/// <summary>Golden listings: what the bytecode compiler emits, where the output alone would hide a regression.</summary>
[TestClass]
public sealed class DisassemblerTests
{
    private static string Listing(string source) =>
        FluentEngine.Disassemble(new SourceText(source, "g.ai")).Replace("\r\n", "\n");

    [TestMethod]
    public void KnownOperator_UsesThePrimitiveFastPath()
    {
        Assert.AreEqual("""
            == <top> (arity 0, locals 0, stack 2) ==
                 ; 1: (define (add1 x) (+ x 1))
               0  MakeClosure          0 0      ; add1
               3  DefineGlobal         1        ; add1
               5  Nil
               6  Return
               7  Return                        ; sentinel: error:catch recovery resumes here

            == add1 (arity 1, locals 1, stack 2) ==
                 ; 1: (define (add1 x) (+ x 1))
               0  PrimitiveLocalInt    0 0 0 1  ; x Add 1 via +
               5  Return
               6  Return                        ; sentinel: error:catch recovery resumes here


            """, Listing("(define (add1 x) (+ x 1))"));
    }

    [TestMethod]
    public void CapturedLetBinding_LivesInACellSharedWithTheClosure()
    {
        Assert.AreEqual("""
            == <top> (arity 0, locals 1, stack 2) ==
                 ; 1: (let ((k 2)) (lambda (y) (* y k)))
               0  NewCell              0        ; k
               2  Const                0        ; 2
               4  StoreCell            0        ; k
               6  PushLocalCell        0        ; k
               8  MakeClosure          1 1      ; lambda
              11  Return
              12  Return                        ; sentinel: error:catch recovery resumes here

            == lambda (arity 1, locals 1, stack 3) ==
                 ; 1: (let ((k 2)) (lambda (y) (* y k)))
               0  LoadLocal            0        ; y
               2  LoadCapture          0
               4  PrimitiveReturn      2 0      ; Multiply via *
               7  Return                        ; sentinel: error:catch recovery resumes here


            """, Listing("(let ((k 2)) (lambda (y) (* y k)))"));
    }

    [TestMethod]
    public void CallsOfGlobalsInTailPosition_AreTailCallsThroughTheCell()
    {
        string listing = Listing("(define (loop n) (if (== n 0) 0 (loop (- n 1))))");
        Assert.IsTrue(Regex.IsMatch(listing, @"\bTailCallGlobal\s+1 \d+\s+; loop"), listing);
        Assert.IsFalse(Regex.IsMatch(listing, @"\bCallGlobal\b|\bLoadGlobal\b"), listing);
    }

    [TestMethod]
    public void CallsOfLocalFunctionsInTailPosition_AreTailCalls()
    {
        string listing = Listing("(let ((f (lambda (n) n))) (f 1))");
        Assert.IsTrue(Regex.IsMatch(listing, @"\bTailCall\s+1\b"), listing);
        Assert.IsFalse(Regex.IsMatch(listing, @"\bCall\s+1\b"), listing);
    }

    [TestMethod]
    public void CallsOutsideTailPosition_AreOrdinaryCalls()
    {
        string listing = Listing("(define (depth n) (if (== n 0) 0 (+ 1 (depth (- n 1)))))");
        Assert.IsTrue(Regex.IsMatch(listing, @"\bCallGlobal\s+1\b"), listing);
        Assert.IsFalse(listing.Contains("TailCall", StringComparison.Ordinal), listing);
        string local = Listing("(let ((f (lambda (n) n))) (+ 1 (f 1)))");
        Assert.IsTrue(Regex.IsMatch(local, @"\bCall\s+1\b"), local);
        Assert.IsFalse(local.Contains("TailCall", StringComparison.Ordinal), local);
    }

    [TestMethod]
    public void Match_CompilesToTestsAndJumps()
    {
        string listing = Listing("(match [1 2] ([a b] a) (_ 0))");
        StringAssert.Contains(listing, "TestList");
        StringAssert.Contains(listing, "LoadItem");
        StringAssert.Contains(listing, "NoMatch");
    }

    [TestMethod]
    public void IntegerTestOfALocalAndAConstant_IsOneCompareAndBranch()
    {
        Assert.AreEqual("""
            == fib (arity 1, locals 1, stack 3) ==
                 ; 1: (define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
               0  JumpIfNotLocalInt    3 0 0 2 8 ; n Less 2 via <
               6  ReturnLocal          0        ; n
               8  PrimitiveLocalInt    1 1 0 1  ; n Subtract 1 via -
              13  CallGlobal           1 2      ; fib
              16  PrimitiveLocalInt    1 1 0 2  ; n Subtract 2 via -
              21  CallGlobal           1 2      ; fib
              24  PrimitiveReturn      0 3      ; Add via +
              27  Return                        ; sentinel: error:catch recovery resumes here
            """, Listing("(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))").Split("\n\n")[1].TrimEnd());
    }
}
