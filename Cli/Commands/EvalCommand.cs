using System.CommandLine;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Cli.Commands;

/// <summary><c>fluentc eval EXPR</c>: evaluates source text (or standard input with <c>-</c>) and prints the result unless nil.</summary>
internal static class EvalCommand
{
    public const string EvalPath = "<eval>";
    public const string StdinPath = "<stdin>";

    public static Command Create(CliContext context)
    {
        var expression = new Argument<string>("expression")
        {
            Description = "The FluentAI source to evaluate, e.g. \"(+ 1 2)\"; '-' reads it from standard input.",
        };
        var command = new Command("eval", "Evaluate an expression (or several forms) and print the last value in display format, unless it is nil.")
        {
            expression,
        };
        command.SetAction(parseResult => Execute(context, parseResult.GetRequiredValue(expression)));
        return command;
    }

    public static int Execute(CliContext context, string expression)
    {
        string path = EvalPath;
        if (expression == "-")
        {
            expression = context.In.ReadToEnd();
            path = StdinPath;
        }

        var fluent = new FluentEngine(new FluentEngineOptions { Mode = ExecutionMode.Tiered, Output = context.Out, Input = context.In });
        object? result;
        try
        {
            result = fluent.Eval(expression, path);
        }
        catch (FluentCompilationException ex)
        {
            return EngineErrors.Report(context, ex);
        }
        catch (FluentRuntimeException ex)
        {
            return EngineErrors.Report(context, ex);
        }

        if (result is not null)
        {
            context.Out.WriteLine(ValueDisplay.Display(result));
        }

        context.Out.Flush();
        return ExitCodes.Success;
    }
}
