using FluentAI.Compiler.Binding;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;
using FluentAI.Compiler.Vm;
using FluentAI.Runtime.Effects;

namespace FluentAI.Tests.Vm;

/// <summary>The VM reuses its compilers (one per level of lambda nesting): reuse must never change the code.</summary>
[TestClass]
public sealed class CompilerReuseTests
{
    private const string NestedLambdas = """
        (define (outer a) (lambda (b) (let ((f (lambda (c) (+ a (* b c))))) (f "k"))))
        (let ((g (lambda (x) (lambda (y) [x y 1.5 "s"])))) ((g 1) 2))
        (define (h n) (if (< n 2) n (h (- n 1))))
        [1 2 3 (lambda () "deep")]
        """;

    [TestMethod]
    public void GrowingCodeBuffers_KeepEveryWordAndOffset()
    {
        // Hundreds of instructions of every width: the buffers grow several times in one function.
        string items = string.Join(" ", Enumerable.Range(0, 300).Select(i => $"(+ x {i}) (if (< x {i}) {i} \"s{i}\")"));
        var engine = new FluentAI.Compiler.Hosting.FluentEngine(new FluentAI.Compiler.Hosting.FluentEngineOptions { Output = TextWriter.Null });
        engine.Eval($"(define (big x) [{items}])");
        var list = (FluentAI.Runtime.Values.FluentList)engine.Eval("(big 150)")!;
        Assert.AreEqual(600, list.Count);
        Assert.AreEqual(449L, list.Head is long ? engine.Eval("(nth (big 150) 598)") : null);
        var error = Assert.ThrowsExactly<FluentAI.Compiler.Hosting.FluentRuntimeException>(() => engine.Eval("(big \"a\")", "b.ai"));
        Assert.AreEqual("type-mismatch", error.ErrorType);
    }

    [TestMethod]
    public void ReusedCompilers_EmitWhatAFreshCompilerEmits()
    {
        BoundProgram program = Binder.BindProgram(SyntaxTree.Parse(new SourceText(NestedLambdas, "r.ai")), new GlobalTable(), new ModuleLoader());
        Assert.IsFalse(program.HasErrors);
        var vm = new VirtualMachine(1000, new FluentContext(TextWriter.Null, TextReader.Null));
        for (int round = 0; round < 3; round++)
        {
            foreach (TopLevelForm form in program.Forms)
            {
                string fresh = Disassembler.Disassemble(BytecodeCompiler.Compile(form.Function, form.Body));
                string reused = Disassembler.Disassemble(vm.Compile(form));
                Assert.AreEqual(fresh, reused, $"round {round}");
            }
        }
    }
}
