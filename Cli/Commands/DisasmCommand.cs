using System.CommandLine;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Cli.Commands;

/// <summary><c>fluentc disasm FILE [--il]</c>: prints the VM bytecode listing of a program, or the IL the dynamic engine generates.</summary>
internal static class DisasmCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The FluentAI source file (.ai) to disassemble." };
        var il = new Option<bool>("--il") { Description = "Show the .NET IL that the dynamic engine generates (one listing per method) instead of bytecode." };
        var command = new Command("disasm", "Print the bytecode listing of a program, with its source lines (or, with --il, its IL).")
        {
            file,
            il,
        };
        command.SetAction(parseResult => Execute(context, parseResult.GetRequiredValue(file), parseResult.GetValue(il)));
        return command;
    }

    public static int Execute(CliContext context, string path, bool il)
    {
        LoadResult load = SourceLoader.Load(path);
        if (!load.Succeeded)
        {
            return EngineErrors.Report(context, load.Error!, ExitCodes.IoError);
        }

        string listing;
        try
        {
            listing = il ? FluentEngine.DisassembleIL(load.Source!) : FluentEngine.Disassemble(load.Source!);
        }
        catch (FluentCompilationException ex)
        {
            return EngineErrors.Report(context, ex);
        }

        context.Out.Write(listing);
        if (listing.Length > 0 && !listing.EndsWith('\n'))
        {
            context.Out.WriteLine();
        }

        context.Out.Flush();
        return ExitCodes.Success;
    }
}
