using FluentAI.Compiler.Hosting;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Binding;

[TestClass]
public sealed class ModuleAliasTests
{
    [TestMethod]
    public void ImportingAModuleFunctionUnderAnotherName_LeavesTheBuiltinOfThatNameAlone()
    {
        string folder = Path.Combine(Path.GetTempPath(), "fluentc-alias-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "mine.ai"), "(module mine (export map)\n  (define (map f xs) \"module map\"))\n");
            string main = Path.Combine(folder, "main.ai");
            const string Program = "(import \"mine\" ((map as m)))\n(m 1 2)\n(map (lambda (x) (+ x 1)) [1 2])\n(m 3 4)\n";
            File.WriteAllText(main, Program);
            var output = new StringWriter();
            new FluentEngine(new FluentEngineOptions { Output = output }).RunProgram(new SourceText(Program, main));
            Assert.AreEqual("\"module map\"\n[2 3]\n\"module map\"\n", output.ToString().Replace("\r\n", "\n"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
