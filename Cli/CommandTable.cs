using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using FluentAI.Cli.Commands;

namespace FluentAI.Cli;

/// <summary>The <c>fluentc</c> command tree; every command writes through the given <see cref="CliContext"/>.</summary>
internal static class CommandTable
{
    public const string ToolName = "fluentc";

    /// <summary>The version of this tool (Cli.csproj's Version), whichever process hosts it.</summary>
    public static string Version { get; } =
        typeof(CommandTable).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>
    /// The root is a plain <see cref="Command"/> named <c>fluentc</c> rather than a <see cref="RootCommand"/>, whose name and
    /// version come from the entry assembly (the test host, when run in process).
    /// </summary>
    public static Command Create(CliContext context) =>
        new(ToolName, "fluentc: the FluentAI compiler and runner. Exit codes: 0 ok, 1 runtime error, 2 usage error, 3 compile error, 4 I/O error, 70 internal error (see docs/cli.md).")
        {
            new HelpOption(),
            new VersionOption { Action = new PrintVersionAction() },
            RunCommand.Create(context),
            EvalCommand.Create(context),
            ReplCommand.Create(context),
            ParseCommand.Create(context),
            DisasmCommand.Create(context),
            BuildCommand.Create(context),
        };

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
