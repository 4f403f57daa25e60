using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAI.Compiler.Emit.Cecil;
using FluentAI.Compiler.Hosting;
using FluentAI.Compiler.Text;
using FluentAI.Tests.Cli;

namespace FluentAI.Tests.Cecil;

/// <summary>
/// Every conformance program built to a .dll on disk, loaded into a fresh collectible load context,
/// every method forced through the JIT, then run: its output must be the expected output and the
/// VM's output, and a failing program must fail with the expected message, as the VM does.
/// </summary>
[TestClass]
[TestCategory("NeedsEngine")]
public sealed class CecilCorpusTests
{
    public static IEnumerable<object[]> Programs =>
        CorpusThroughCliTests.Programs.Select(row => (string)row[0]).Distinct().Select(name => new object[] { name });

    /// <summary>
    /// Programs not also run on the VM here, with the reason: their expected output, which the VM is held to
    /// by <see cref="CorpusThroughCliTests"/>, is the comparison.
    /// </summary>
    private static readonly Dictionary<string, string> NotRunOnTheVm = new(StringComparer.Ordinal)
    {
        ["tail_loop_10m.ai"] = "10,000,000 iterations take the VM about 20 s in a Debug build",
    };

    [TestMethod]
    [DynamicData(nameof(Programs))]
    public void BuiltAssemblyRunsLikeTheVm(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "corpus", fileName);
        var source = new SourceText(File.ReadAllText(path), path);
        string? expectedOut = File.Exists(Path.ChangeExtension(path, ".out")) ? File.ReadAllText(Path.ChangeExtension(path, ".out")).ReplaceLineEndings("\n") : null;
        string? expectedError = expectedOut is null ? File.ReadAllText(Path.ChangeExtension(path, ".err")).Trim() : null;
        (bool vmFailed, string vmOutput, string vmError) = NotRunOnTheVm.ContainsKey(fileName)
            ? (expectedOut is null, expectedOut ?? string.Empty, string.Empty)
            : RunOnVm(source);

        string name = Path.GetFileNameWithoutExtension(fileName);
        CecilBuildResult build = CecilCompiler.Build([source], new CecilBuildOptions { AssemblyName = name, Executable = true });
        if (!build.Succeeded)
        {
            string diagnostics = string.Join("\n", build.Diagnostics);
            Assert.IsNotNull(expectedError, diagnostics);
            Assert.Contains(expectedError, diagnostics, StringComparison.OrdinalIgnoreCase);
            Assert.AreEqual(vmError, diagnostics, "the same diagnostics as the VM's compiler");
            return;
        }

        using ScratchDirectory scratch = CliHarness.CreateScratch();
        BuildOutput.Write(build, scratch.Path);
        using LoadedAssembly loaded = LoadedAssembly.Load(Path.Combine(scratch.Path, name + ".dll"));
        PrepareEveryMethod(loaded.Assembly);
        (int code, string output, string error) = CecilTestBuilds.Run(loaded);

        Assert.AreEqual(vmOutput, output, "the VM's output");
        if (expectedOut is not null)
        {
            Assert.AreEqual(0, code, error);
            Assert.AreEqual(expectedOut, output);
            Assert.IsFalse(vmFailed);
        }
        else
        {
            Assert.AreEqual(1, code, "a runtime error");
            Assert.Contains(expectedError!, error, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("   at FluentAI.", error);
            Assert.IsTrue(vmFailed);
            Assert.AreEqual(Message(vmError), Message(error), "the VM's error message");
            if (Position(error) is { } position)
            {
                Assert.AreEqual(Position(vmError), position, "the VM's error position");
            }
        }
    }

    /// <summary>JIT-compiles every method and constructor of every type, so invalid IL fails here even on paths a program never takes.</summary>
    internal static void PrepareEveryMethod(Assembly assembly)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (Type type in assembly.GetTypes())
        {
            foreach (MethodBase method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle);
            }
        }
    }

    private static (bool Failed, string Output, string Error) RunOnVm(SourceText source)
    {
        using var output = new StringWriter();
        var engine = new FluentEngine(new FluentEngineOptions { Mode = ExecutionMode.Vm, Output = output, Input = new StringReader(string.Empty) });
        try
        {
            engine.RunProgram(source);
            return (false, output.ToString().ReplaceLineEndings("\n"), string.Empty);
        }
        catch (FluentCompilationException ex)
        {
            return (true, output.ToString().ReplaceLineEndings("\n"), string.Join("\n", ex.Diagnostics));
        }
        catch (FluentRuntimeException ex)
        {
            return (true, output.ToString().ReplaceLineEndings("\n"), ex.Format().ReplaceLineEndings("\n"));
        }
    }

    /// <summary>The message of <c>path(line,col): runtime error: message</c>.</summary>
    private static string Message(string error)
    {
        string first = error.Split('\n')[0];
        return first[(first.IndexOf("runtime error: ", StringComparison.Ordinal) + "runtime error: ".Length)..];
    }

    /// <summary>
    /// The position of the error, when it has one: an error raised at a function's entry (the stack guard)
    /// passes no call site in compiled code, so it has none, where the VM names the call.
    /// </summary>
    private static string? Position(string error)
    {
        int end = error.IndexOf(": runtime error: ", StringComparison.Ordinal);
        return end > 0 ? error[..end] : null;
    }
}
