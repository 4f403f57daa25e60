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
               0  MakeClosure      0 0    ; add1
               3  DefineGlobal     1      ; add1
               5  Nil
               6  Return

            == add1 (arity 1, locals 1, stack 3) ==
                 ; 1: (define (add1 x) (+ x 1))
               0  LoadLocal        0      ; x
               2  Const            0      ; 1
               4  Primitive        0 1    ; Add via +
               7  Return


            """, Listing("(define (add1 x) (+ x 1))"));
    }

    [TestMethod]
    public void CapturedLetBinding_LivesInACellSharedWithTheClosure()
    {
        Assert.AreEqual("""
            == <top> (arity 0, locals 1, stack 2) ==
                 ; 1: (let ((k 2)) (lambda (y) (* y k)))
               0  NewCell          0      ; k
               2  Const            0      ; 2
               4  StoreCell        0      ; k
               6  PushLocalCell    0      ; k
               8  MakeClosure      1 1    ; lambda
              11  Return

            == lambda (arity 1, locals 1, stack 3) ==
                 ; 1: (let ((k 2)) (lambda (y) (* y k)))
               0  LoadLocal        0      ; y
               2  LoadCapture      0
               4  Primitive        2 0    ; Multiply via *
               7  Return


            """, Listing("(let ((k 2)) (lambda (y) (* y k)))"));
    }

    [TestMethod]
    public void CallsInTailPosition_AreTailCalls()
    {
        string listing = Listing("(define (loop n) (if (== n 0) 0 (loop (- n 1))))");
        StringAssert.Contains(listing, "TailCall         1");
        Assert.IsFalse(listing.Contains("Call             1", StringComparison.Ordinal), listing);
    }

    [TestMethod]
    public void CallsOutsideTailPosition_AreOrdinaryCalls()
    {
        string listing = Listing("(define (depth n) (if (== n 0) 0 (+ 1 (depth (- n 1)))))");
        StringAssert.Contains(listing, "Call             1");
        Assert.IsFalse(listing.Contains("TailCall", StringComparison.Ordinal), listing);
    }

    [TestMethod]
    public void Match_CompilesToTestsAndJumps()
    {
        string listing = Listing("(match [1 2] ([a b] a) (_ 0))");
        StringAssert.Contains(listing, "TestList");
        StringAssert.Contains(listing, "LoadItem");
        StringAssert.Contains(listing, "NoMatch");
    }
}
