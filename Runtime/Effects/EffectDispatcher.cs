using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Effects;

/// <summary>
/// The one point where effect operations are performed: finds the innermost handler for the op or its
/// kind, else runs the default (<see cref="DefaultEffects"/>).
/// </summary>
public static class EffectDispatcher
{
    /// <summary>
    /// Performs <paramref name="op"/> (e.g. <c>io:print</c>) with <paramref name="args"/>. A handler for the
    /// op itself gets the arguments; a handler for the whole kind gets the op name first. The handler runs
    /// outside its own frame (the frame's parent is current during the call).
    /// </summary>
    public static object? Perform(string op, ReadOnlySpan<object?> args)
    {
        ArgumentNullException.ThrowIfNull(op);
        var context = FluentContext.Current;
        if (context.Handlers is not null)
        {
            int colon = op.IndexOf(':', StringComparison.Ordinal);
            string? kind = colon > 0 ? op[..colon] : null;
            for (var frame = context.Handlers; frame is not null; frame = frame.Parent)
            {
                if (frame.Entries.TryGetValue(op, out var handler))
                {
                    return CallOutside(context, frame, handler, args);
                }

                if (kind is not null && frame.Entries.TryGetValue(kind, out var kindHandler))
                {
                    var withOp = new object?[args.Length + 1];
                    withOp[0] = op;
                    args.CopyTo(withOp.AsSpan(1));
                    return CallOutside(context, frame, kindHandler, withOp);
                }
            }
        }

        return DefaultEffects.Run(context, op, args);
    }

    private static object? CallOutside(FluentContext context, HandlerFrame frame, FunctionValue handler, ReadOnlySpan<object?> args)
    {
        var saved = context.Handlers;
        context.Handlers = frame.Parent;
        try
        {
            return handler.Invoke(args);
        }
        finally
        {
            context.Handlers = saved;
        }
    }
}
