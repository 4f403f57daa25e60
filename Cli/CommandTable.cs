using System.CommandLine;
using FluentAI.Cli.Commands;

namespace FluentAI.Cli;

/// <summary>The <c>fluentc</c> command tree; every command writes through the given <see cref="CliContext"/>.</summary>
internal static class CommandTable
{
    public static RootCommand Create(CliContext context) =>
        new("fluentc: the FluentAI compiler and runner. Exit codes: 0 ok, 1 runtime error, 2 usage error, 3 compile error, 4 I/O error, 70 internal error.")
        {
            RunCommand.Create(context),
            EvalCommand.Create(context),
            ReplCommand.Create(context),
            ParseCommand.Create(context),
            DisasmCommand.Create(context),
            BuildCommand.Create(context),
        };
}
