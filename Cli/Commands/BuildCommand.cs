using System.CommandLine;

namespace FluentAI.Cli.Commands;

/// <summary><c>fluentc build FILE... -o DIR</c>: reserved for the compile-to-assembly backend, which does not exist yet.</summary>
internal static class BuildCommand
{
    public const string NotAvailableMessage =
        "fluentc: 'build' is not available yet: compiling to .NET assemblies needs the cecil backend, which comes later (see docs/cli.md)";

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The FluentAI source files (.ai) to compile.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The directory for the compiled assemblies.",
            Required = true,
            HelpName = "dir",
        };
        var command = new Command("build", "Compile files to .NET assemblies (not available yet).")
        {
            files,
            output,
        };
        command.SetAction(_ => Execute(context));
        return command;
    }

    public static int Execute(CliContext context)
    {
        context.WriteError(NotAvailableMessage);
        return ExitCodes.UsageError;
    }
}
