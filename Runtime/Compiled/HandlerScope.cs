using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// One activation of a <c>handler</c> form in compiled code. The code calls <see cref="Enter"/>, runs
/// the body in a try block, calls <see cref="Exit"/> in a finally block and then, once the stack has
/// unwound, offers an error that left the body to <see cref="TryCatch"/> (an <c>error</c> entry makes
/// the error the form's value).
/// </summary>
public sealed class HandlerScope
{
    private readonly FluentContext _context;
    private readonly HandlerFrame _frame;
    private readonly HandlerFrame? _saved;

    private HandlerScope(FluentContext context, HandlerFrame frame)
    {
        _context = context;
        _frame = frame;
        _saved = context.PushHandlers(frame);
    }

    /// <summary>Installs the entries (operation names and handler values, in source order).</summary>
    public static HandlerScope Enter(string[] operations, object?[] handlers, SourceSite site)
    {
        var entries = new Dictionary<string, FunctionValue>(operations.Length, StringComparer.Ordinal);
        for (int i = 0; i < operations.Length; i++)
        {
            if (handlers[i] is not FunctionValue handler)
            {
                CompiledOps.Fail(RuntimeErrors.NotAFunction(handlers[i]), site);
                continue;
            }

            entries[operations[i]] = handler;
        }

        FluentContext context = FluentContext.Current;
        return new HandlerScope(context, new HandlerFrame(entries, context.Handlers));
    }

    /// <summary>An error left the body: with an <c>error</c> entry its value is the form's value.</summary>
    public bool TryCatch(Exception exception, out object? value)
    {
        value = null;
        if (exception is not FluentException error || _frame.ErrorHandler is null)
        {
            return false;
        }

        _context.Handlers = _saved;
        value = _frame.ErrorHandler.Invoke(error.Error);
        return true;
    }

    public void Exit() => _context.Handlers = _saved;
}
