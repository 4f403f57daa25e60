using FluentAI.Compiler.Binding;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Tests.Vm;

[TestClass]
public sealed class IrPrinterTests
{
    private static string Lower(string source)
    {
        BoundProgram program = Binder.BindProgram(SyntaxTree.Parse(source), new GlobalTable(), new ModuleLoader());
        Assert.IsFalse(program.HasErrors);
        return string.Join("\n", program.Forms.Select(f => IrPrinter.Print(f.Body)));
    }

    [TestMethod]
    public void LetRecStar_ResolvesDirectReadsOutwardAndLambdaReadsToTheLet()
    {
        Assert.AreEqual("""
            (let (x#0)
              1
              (let (y#1 x#2)
                x#0
                5
                (prim Add
                  x#2
                  y#1)))
            """.Replace("\r\n", "\n"), Lower("(let ((x 1)) (let ((y x) (x 5)) (+ x y)))"));
    }

    [TestMethod]
    public void Closures_ListTheirCaptures()
    {
        Assert.AreEqual("""
            (define $adder
              (lambda adder (n#0) captures ()
                (lambda lambda (m#0) captures (n#0)
                  (prim Add
                    ^n#0
                    m#0))))
            """.Replace("\r\n", "\n"), Lower("(define (adder n) (lambda (m) (+ n m)))"));
    }
}
