using System.CommandLine;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Cli.Commands;

/// <summary><c>fluentc run FILE [--engine tiered|vm|dynamic|cecil] [--tier-threshold N]</c>: runs a program, printing each top-level form's non-nil value.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The FluentAI source file (.ai) to run." };
        var engine = new Option<string>("--engine", "-e")
        {
            Description = "The execution engine: tiered (default: the VM, hot functions compiled to IL), vm (bytecode interpreter), dynamic (everything compiled to IL in memory), cecil (built to a .NET assembly, as 'fluentc build' does, and run from it).",
            DefaultValueFactory = _ => EngineChoice.Tiered,
            HelpName = "engine",
        };
        engine.AcceptOnlyFromAmong(EngineChoice.All);
        var threshold = new Option<int>("--tier-threshold")
        {
            Description = "Tiered engine: calls after which a function is compiled to IL (default 1000).",
            DefaultValueFactory = _ => FluentEngineOptions.DefaultTierUpThreshold,
            HelpName = "calls",
        };

        var command = new Command("run", "Run a FluentAI program. After each top-level form, its value is printed unless it is nil.")
        {
            file,
            engine,
            threshold,
        };
        command.SetAction(parseResult => Execute(context, parseResult.GetRequiredValue(file), parseResult.GetRequiredValue(engine), parseResult.GetValue(threshold)));
        return command;
    }

    public static int Execute(CliContext context, string path, string engine, int tierThreshold = FluentEngineOptions.DefaultTierUpThreshold)
    {
        if (tierThreshold < 1)
        {
            context.WriteError("fluentc: --tier-threshold must be at least 1");
            return ExitCodes.UsageError;
        }

        LoadResult load = SourceLoader.Load(path);
        if (!load.Succeeded)
        {
            return EngineErrors.Report(context, load.Error!, ExitCodes.IoError);
        }

        if (engine == EngineChoice.Cecil)
        {
            return CecilEngine.Run(context, load.Source!);
        }

        var fluent = new FluentEngine(new FluentEngineOptions { Mode = EngineChoice.Mode(engine), TierUpThreshold = tierThreshold, Output = context.Out, Input = context.In });
        try
        {
            fluent.RunProgram(load.Source!);
        }
        catch (FluentCompilationException ex)
        {
            return EngineErrors.Report(context, ex);
        }
        catch (FluentRuntimeException ex)
        {
            return EngineErrors.Report(context, ex);
        }

        context.Out.Flush();
        return ExitCodes.Success;
    }
}
