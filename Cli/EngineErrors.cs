using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Cli;

/// <summary>Turns the engine's user-facing exceptions into error output and exit codes, the same way for every command.</summary>
internal static class EngineErrors
{
    public static int Report(CliContext context, FluentCompilationException exception)
    {
        if (exception.Diagnostics.Count == 0)
        {
            context.WriteError($"fluentc: error: {exception.Message}");
        }

        foreach (Diagnostic diagnostic in exception.Diagnostics)
        {
            context.WriteError(diagnostic.ToString());
        }

        return ExitCodes.CompileError;
    }

    public static int Report(CliContext context, FluentRuntimeException exception)
    {
        context.WriteError(exception.Format());
        return ExitCodes.RuntimeError;
    }

    public static int Report(CliContext context, Diagnostic diagnostic, int exitCode)
    {
        context.WriteError(diagnostic.ToString());
        return exitCode;
    }
}
