using FluentAI.Compiler.Emit.Cecil;
using FluentAI.Compiler.Hosting;
using FluentAI.Compiler.Text;

namespace FluentAI.Cli.Commands;

/// <summary>
/// <c>fluentc run --engine cecil</c>: builds the program to an assembly in memory (as <c>fluentc build --exe</c>
/// would), loads it into a collectible load context and runs its forms there with this command's streams.
/// </summary>
internal static class CecilEngine
{
    public static int Run(CliContext context, SourceText source)
    {
        string name = Path.GetFileNameWithoutExtension(source.Path);
        CecilBuildResult build = CecilCompiler.Build([source], new CecilBuildOptions { AssemblyName = name.Length > 0 ? name : "program", Executable = true });
        if (!build.Succeeded)
        {
            return EngineErrors.Report(context, new FluentCompilationException(build.Diagnostics));
        }

        using LoadedAssembly loaded = LoadedAssembly.Load(build);
        int code = loaded.RunProgram(context.Out, context.In, context.Error);
        context.Out.Flush();
        return code;
    }
}
