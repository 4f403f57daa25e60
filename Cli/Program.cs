using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Runtime.CompilerServices;
using System.Text;

namespace FluentAI.Cli;

/// <summary>The <c>fluentc</c> entry points: <see cref="Main"/> for the process, <see cref="Run"/> for in-process callers and tests.</summary>
public static class Program
{
    /// <summary>Commands run on a thread with this much stack so deep (non-tail) recursion does not kill the process.</summary>
    public const int CommandThreadStackSize = 512 * 1024 * 1024;

    public static int Main(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16)
        {
            AutoFlush = false,
        };
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false))
        {
            AutoFlush = true,
        };
        return Run(args, new DeferredConsoleReader(), stdout, stderr, interactive: !Console.IsInputRedirected);
    }

    /// <summary>Runs one <c>fluentc</c> command line against the given streams and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, interactive: false);

    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(stdin, stdout, stderr, interactive);
        int exitCode = ExitCodes.InternalError;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    FluentAI.Compiler.Hosting.LargeStack.MarkCurrentThread();
                    exitCode = Dispatch(args, context);
                }
#pragma warning disable CA1031 // The top level turns every unexpected exception into one line and exit code 70.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failure = ex;
                }
            },
            CommandThreadStackSize)
        {
            Name = "fluentc",
        };
        thread.Start();
        thread.Join();

        try
        {
            if (failure is not null)
            {
                context.WriteError($"fluentc: internal error: {failure.Message}");
                exitCode = ExitCodes.InternalError;
            }
        }
        finally
        {
            FlushQuietly(stdout);
            FlushQuietly(stderr);
        }

        return exitCode;
    }

    private static int Dispatch(string[] args, CliContext context)
    {
        return CommonCommandLines.TryDispatch(args, context, out int exitCode) ? exitCode : Parse(args, context);
    }

    /// <summary>The full command line parser (System.CommandLine), in a method of its own: the common lines never load it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Parse(string[] args, CliContext context)
    {
        Command root = CommandTable.Create(context);
        ParseResult parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (ParseError error in parseResult.Errors)
            {
                context.WriteError($"fluentc: {error.Message}");
            }

            Command command = parseResult.CommandResult.Command;
            string commandPath = command == root ? CommandTable.ToolName : $"{CommandTable.ToolName} {command.Name}";
            context.WriteError($"Run '{commandPath} --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parseResult.Invoke(new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        });
    }

    private static void FlushQuietly(TextWriter writer)
    {
        try
        {
            writer.Flush();
        }
        catch (IOException)
        {
            // The reader went away (closed pipe); there is nobody left to tell.
        }
        catch (ObjectDisposedException)
        {
            // Already closed by the caller.
        }
    }
}
