using FluentAI.Compiler.Emit.Cecil;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Cecil;

/// <summary>Builds FluentAI source with Emit.Cecil for tests, failing the test with the diagnostics when the build fails.</summary>
internal static class CecilTestBuilds
{
    public static CecilBuildResult Build(string assemblyName, params (string Path, string Text)[] files) =>
        Build(new CecilBuildOptions { AssemblyName = assemblyName }, files);

    public static CecilBuildResult Build(CecilBuildOptions options, params (string Path, string Text)[] files)
    {
        CecilBuildResult build = CecilCompiler.Build([.. files.Select(f => new SourceText(f.Text, f.Path))], options);
        Assert.IsTrue(build.Succeeded, string.Join(Environment.NewLine, build.Diagnostics));
        return build;
    }

    /// <summary>Runs a built program in process and returns its exit code, output and error text.</summary>
    public static (int ExitCode, string Output, string Error) Run(CecilBuildResult build, string input = "")
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(build);
        return Run(loaded, input);
    }

    /// <summary>
    /// Tests run programs on a 64 MB stack (fluentc's is 512 MB): deep enough for the language's 100,000
    /// non-tail calls, while a program that overflows it unwinds a few hundred thousand frames rather than
    /// millions (which takes seconds, and every garbage collection of the tests running in parallel walks them).
    /// </summary>
    public const int StackSize = 64 * 1024 * 1024;

    public static (int ExitCode, string Output, string Error) Run(LoadedAssembly loaded, string input = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = loaded.RunProgram(output, new StringReader(input), error, StackSize);
        return (code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
