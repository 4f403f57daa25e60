using FluentAI.Cli.Commands;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Cli;

/// <summary>
/// The command lines almost every start of <c>fluentc</c> has, <c>fluentc run FILE</c> and <c>fluentc --version</c>,
/// dispatched without building the System.CommandLine command tree: loading, building and running the parser
/// would take longer than a small program (see docs/startup.md). The result is exactly what the full parser
/// gives for these lines; every other line, including <c>run</c> with an option or a FILE that the parser would read
/// as an option (<c>-x</c>) or a response file (<c>@x</c>), goes to <see cref="CommandTable"/>.
/// </summary>
internal static class CommonCommandLines
{
    /// <summary>Runs <paramref name="args"/> when it is one of the common lines; false (nothing done) otherwise.</summary>
    public static bool TryDispatch(string[] args, CliContext context, out int exitCode)
    {
        if (args is ["run", string path] && IsPlainArgument(path))
        {
            exitCode = RunCommand.Execute(context, path, EngineChoice.Tiered, FluentEngineOptions.DefaultTierUpThreshold);
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

    /// <summary>Whether System.CommandLine takes the token as it is: not an option (<c>-</c>), not a response file (<c>@</c>), not empty.</summary>
    private static bool IsPlainArgument(string token) => token.Length > 0 && token[0] is not ('-' or '@');
}
