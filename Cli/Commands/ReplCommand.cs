using System.CommandLine;

namespace FluentAI.Cli.Commands;

/// <summary><c>fluentc repl</c>: the interactive read-eval-print loop.</summary>
internal static class ReplCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "repl",
            "Start an interactive session: definitions persist between inputs; input continues while brackets are open. Type :help for commands.");
        command.SetAction(_ => Execute(context));
        return command;
    }

    public static int Execute(CliContext context)
    {
        var repl = new Repl(context.In, context.Out, context.Error, showPrompts: context.Interactive);
        repl.Run();
        return ExitCodes.Success;
    }
}
