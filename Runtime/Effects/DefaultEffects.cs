using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Effects;

/// <summary>What the effect operations do when no handler takes them (LANGUAGE.md §7).</summary>
public static class DefaultEffects
{
    public static object? Run(FluentContext context, string op, ReadOnlySpan<object?> args)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (op)
        {
            case "io:print":
                Print(context.Out, args);
                return null;
            case "io:read-line":
                return context.In.ReadLine();
            case "state:get":
                Expect(op, args, 1);
                return context.State.Get(args[0]);
            case "state:set":
                Expect(op, args, 2);
                return context.State.Set(args[0], args[1]);
            case "state:update":
            {
                Expect(op, args, 2);
                var f = args[1] as FunctionValue ?? throw RuntimeErrors.TypeMismatch("Function", args[1]);
                var updated = f.Invoke(context.State.Get(args[0]));
                context.State.Set(args[0], updated);
                return updated;
            }

            case "state:delete":
                Expect(op, args, 1);
                return context.State.Delete(args[0]);
            case "time:now":
                return DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
            case "time:sleep":
            {
                Expect(op, args, 1);
                double seconds = RuntimeOps.ToDouble(args[0]);
                if (seconds > 0)
                {
                    Thread.Sleep(TimeSpan.FromSeconds(seconds));
                }

                return null;
            }

            case "random:float":
                return context.Random.NextDouble();
            case "random:int":
            {
                Expect(op, args, 2);
                // Patterns, not "as long?": an unbox to Nullable<long> keeps this whole method from being precompiled (ReadyToRun).
                long lo = args[0] is long first ? first : throw RuntimeErrors.TypeMismatch("Int", args[0]);
                long hi = args[1] is long second ? second : throw RuntimeErrors.TypeMismatch("Int", args[1]);
                if (hi < lo)
                {
                    throw RuntimeErrors.Domain($"random:int range is empty: {lo} > {hi}");
                }

                return RuntimeOps.Box(hi == long.MaxValue ? context.Random.NextInt64(lo - 1, hi) + 1 : context.Random.NextInt64(lo, hi + 1));
            }

            case "random:choice":
            {
                Expect(op, args, 1);
                var list = args[0] as FluentList ?? throw RuntimeErrors.TypeMismatch("List", args[0]);
                if (list.IsEmpty)
                {
                    throw RuntimeErrors.EmptyList();
                }

                return list.ItemAt(context.Random.Next(list.Count));
            }

            default:
                throw RuntimeErrors.Raise(ErrorTypes.UndefinedVariable, $"Unhandled effect: {op}", null, false);
        }
    }

    /// <summary>Writes the arguments separated by one space (strings raw, others displayed) and a newline.</summary>
    public static void Print(TextWriter output, ReadOnlySpan<object?> args)
    {
        ArgumentNullException.ThrowIfNull(output);
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            if (args[i] is string s)
            {
                sb.Append(s);
            }
            else
            {
                Printer.Append(sb, args[i]);
            }
        }

        sb.Append('\n');
        output.Write(sb.ToString());
    }

    // Handlers may be called with any count; the defaults need theirs (the builtins check it first).
    private static void Expect(string op, ReadOnlySpan<object?> args, int count)
    {
        if (args.Length != count)
        {
            _ = op;
            throw RuntimeErrors.Arity(count, args.Length);
        }
    }
}
