using System.Diagnostics.CodeAnalysis;
using FluentAI.Cli.Commands;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Cli;

/// <summary>
/// The command lines almost every start of <c>fluentc</c> has, <c>fluentc run FILE</c> (also with <c>--engine E</c> or
/// <c>-e E</c> before or after FILE, E one of the engine names exactly) and <c>fluentc --version</c>, dispatched without
/// building the System.CommandLine command tree: loading, building and running the parser would take longer than a
/// small program (see docs/startup.md). The result is exactly what the full parser gives for these lines; every other
/// line, including <c>run</c> with any other option, an engine name spelled otherwise, or a FILE that the parser would
/// read as an option (<c>-x</c>) or a response file (<c>@x</c>), goes to <see cref="CommandTable"/>.
/// </summary>
internal static class CommonCommandLines
{
    /// <summary>Runs <paramref name="args"/> when it is one of the common lines; false (nothing done) otherwise.</summary>
    public static bool TryDispatch(string[] args, CliContext context, out int exitCode)
    {
        if (IsRun(args, out string? file, out string? engine))
        {
            exitCode = RunCommand.Execute(context, file, engine, FluentEngineOptions.DefaultTierUpThreshold);
            return true;
        }

        if (args is ["--version"])
        {
            context.Out.WriteLine(CommandTable.Version);
            exitCode = ExitCodes.Success;
            return true;
        }

        exitCode = 0;
        return false;
    }

    /// <summary><c>run FILE</c> (the default engine), <c>run --engine E FILE</c> or <c>run FILE --engine E</c> (or <c>-e</c>), E an engine name and FILE a plain argument.</summary>
    private static bool IsRun(string[] args, [NotNullWhen(true)] out string? file, [NotNullWhen(true)] out string? engine)
    {
        (file, engine) = args switch
        {
            ["run", string f] => (f, EngineChoice.Tiered),
            ["run", "--engine" or "-e", string e, string f] => (f, e),
            ["run", string f, "--engine" or "-e", string e] => (f, e),
            _ => (null, null),
        };
        return file is not null && engine is not null && IsEngine(engine) && IsPlainArgument(file);
    }

    /// <summary>Whether <paramref name="token"/> is an engine name as <c>--engine</c> accepts it (exactly, <see cref="EngineChoice.All"/>).</summary>
    private static bool IsEngine(string token) => Array.IndexOf(EngineChoice.All, token) >= 0;

    /// <summary>Whether System.CommandLine takes the token as it is: not an option (<c>-</c>), not a response file (<c>@</c>), not empty.</summary>
    private static bool IsPlainArgument(string token) => token.Length > 0 && token[0] is not ('-' or '@');
}
