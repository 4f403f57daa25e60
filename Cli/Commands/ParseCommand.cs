using System.CommandLine;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Cli.Commands;

/// <summary><c>fluentc parse FILE</c>: prints the syntax tree, or the syntax diagnostics on standard error.</summary>
internal static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The FluentAI source file (.ai) to parse." };
        var command = new Command("parse", "Parse a file and print its syntax tree (one node per line, indented), or its syntax errors.")
        {
            file,
        };
        command.SetAction(parseResult => Execute(context, parseResult.GetRequiredValue(file)));
        return command;
    }

    public static int Execute(CliContext context, string path)
    {
        LoadResult load = SourceLoader.Load(path);
        if (!load.Succeeded)
        {
            return EngineErrors.Report(context, load.Error!, ExitCodes.IoError);
        }

        SyntaxTree tree = SyntaxTree.Parse(load.Source!);
        if (tree.HasErrors)
        {
            foreach (Diagnostic diagnostic in tree.Diagnostics)
            {
                context.WriteError(diagnostic.ToString());
            }

            return ExitCodes.CompileError;
        }

        context.Out.Write(SyntaxTreePrinter.Print(tree.Root, tree.Source));
        context.Out.Flush();
        return ExitCodes.Success;
    }
}
