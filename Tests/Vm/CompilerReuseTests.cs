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
