using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Hosting;

/// <summary>An operator an imported module redefines is the module's function in every mode, wherever the program uses it.</summary>
[TestClass]
public sealed class EngineModeImportTests
{
    private const string PlusModule = "(module plusmod (export +) (define (+ a b) (* a b)))";

    private static object? EvalWithModule(string mode, string program)
    {
        string folder = Path.Combine(Path.GetTempPath(), "fluentc-emit-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "plusmod.ai"), PlusModule);
            return EngineModes.New(mode).Eval(program, Path.Combine(folder, "main.ai"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void AnImportedOperatorOnVariables_IsTheModulesFunctionInEveryMode()
    {
        foreach (string mode in EngineModes.All)
        {
            Assert.AreEqual(12L, EvalWithModule(mode, "(import \"plusmod\" (+)) (define (f x) (+ x 4)) [(f 3) (f 3) (f 3)] (f 3)"), mode);
        }
    }

    [TestMethod]
    public void AnImportedOperatorOnLiterals_IsTheModulesFunctionInEveryMode()
    {
        foreach (string mode in EngineModes.All)
        {
            Assert.AreEqual(12L, EvalWithModule(mode, "(import \"plusmod\" (+)) (+ 3 4)"), mode);
        }
    }
}
