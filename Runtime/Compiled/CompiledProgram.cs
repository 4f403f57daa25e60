using System.Runtime.ExceptionServices;
using System.Text;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Printing;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// The entry of a program built by <c>fluentc build</c>: <c>Main</c> of the built assembly hands its
/// forms here, and they run as <c>fluentc run</c> runs them: on a thread with a large stack, with a
/// fresh <see cref="FluentContext"/>, each form's non-nil value printed, an uncaught FluentAI error
/// written as <c>path(line,col): runtime error: message</c> with exit code 1.
/// </summary>
public static class CompiledProgram
{
    /// <summary>The stack of the thread that runs the program, as large as fluentc's own command thread.</summary>
    public const int StackSize = 512 * 1024 * 1024;

    // The exit codes of fluentc (Cli/ExitCodes.cs) that a built program can end with.
    public const int Success = 0;
    public const int RuntimeError = 1;
    public const int InternalError = 70;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The process entry: runs <paramref name="forms"/> against the console and returns the exit code.</summary>
    public static int Main(Action forms)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), Utf8, bufferSize: 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), Utf8) { AutoFlush = true };
        try
        {
            return Run(forms, stdout, Console.In, stderr);
        }
#pragma warning disable CA1031 // The top of a process: any other exception is one line and exit code 70, never a .NET stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            FlushQuietly(stdout);
            stderr.WriteLine($"{AppDomain.CurrentDomain.FriendlyName}: internal error: {ex.Message}");
            return InternalError;
        }
        finally
        {
            FlushQuietly(stdout);
            FlushQuietly(stderr);
        }
    }

    /// <summary>
    /// Runs <paramref name="forms"/> on a new large-stack thread with a fresh context over the given
    /// streams. Returns <see cref="Success"/>, or <see cref="RuntimeError"/> after writing the error to
    /// <paramref name="error"/> (output is flushed first). Other exceptions propagate.
    /// </summary>
    /// <param name="stackSize">The thread's stack (<see cref="StackSize"/> by default); it bounds non-tail recursion depth.</param>
    public static int Run(Action forms, TextWriter output, TextReader input, TextWriter error, int stackSize = StackSize)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? failure = null;
        ExceptionDispatchInfo? unexpected = null;
        var thread = new Thread(
            () =>
            {
                FluentContext? saved = FluentContext.CurrentOrNull;
                FluentContext.CurrentOrNull = new FluentContext(output, input);
                try
                {
                    forms();
                }
                catch (FluentException ex)
                {
                    failure = RuntimeErrorText.Format(ex);
                }
                catch (InsufficientExecutionStackException)
                {
                    failure = RuntimeErrorText.Format(RuntimeErrors.StackOverflow());
                }
#pragma warning disable CA1031 // Carried to the calling thread and rethrown there.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    unexpected = ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    FluentContext.CurrentOrNull = saved;
                }
            },
            stackSize)
        {
            Name = "FluentAI program",
        };
        thread.Start();
        thread.Join();
        output.Flush();
        unexpected?.Throw();
        if (failure is null)
        {
            return Success;
        }

        error.WriteLine(failure);
        error.Flush();
        return RuntimeError;
    }

    /// <summary>Prints a top-level form's value in display format, unless it is nil.</summary>
    public static void Print(object? value)
    {
        if (value is not null)
        {
            FluentContext.Current.Out.WriteLine(Printer.Display(value));
        }
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
            // Already closed.
        }
    }
}
