using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>
/// The effect operations of §7 as builtins. All but <c>error:raise</c>/<c>error:catch</c> go through
/// <see cref="EffectDispatcher.Perform"/>, so handlers apply even when the op is passed as a value.
/// Also <c>error-type error-message error-data</c>.
/// </summary>
internal static class EffectBuiltins
{
    public static void Register(BuiltinTable t)
    {
        Op(t, "io:print", 0, -1);
        t.Add("print-line", 1, a => EffectDispatcher.Perform("io:print", a));
        Op(t, "io:read-line", 0, 0);
        Op(t, "state:set", 2, 2);
        Op(t, "state:get", 1, 1);
        Op(t, "state:update", 2, 2);
        Op(t, "state:delete", 1, 1);
        Op(t, "time:now", 0, 0);
        Op(t, "time:sleep", 1, 1);
        Op(t, "random:float", 0, 0);
        Op(t, "random:int", 2, 2);
        Op(t, "random:choice", 1, 1);
        t.Add("error:raise", 1, 3, Raise);
        t.Add("error:catch", 2, a => Catch(a[0], Arg.Fn(a[1])));
        t.Add("error-type", 1, a => Arg.Error(a[0]).Type);
        t.Add("error-message", 1, a => Arg.Error(a[0]).Message);
        t.Add("error-data", 1, a => Arg.Error(a[0]).Data);
    }

    private static void Op(BuiltinTable t, string name, int min, int max) =>
        t.Add(name, min, max, a => EffectDispatcher.Perform(name, a));

    // (error:raise type [msg [data]]): a non-string type or message is displayed; no message means the type.
    private static object? Raise(ReadOnlySpan<object?> a)
    {
        string type = Printer.DisplayRaw(a[0]);
        string message = a.Length >= 2 ? Printer.DisplayRaw(a[1]) : type;
        throw a.Length == 3
            ? RuntimeErrors.Raise(type, message, a[2], hasData: true)
            : RuntimeErrors.Raise(type, message, null, hasData: false);
    }

    private static object? Catch(object? type, FunctionValue handler)
    {
        FluentContext.Current.SetCatchHandler(Printer.DisplayRaw(type), handler);
        return null;
    }
}
