using System.Numerics;
using FluentAI.Runtime.Builtins;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Runtime;

/// <summary>Helpers: call builtins by name, build lists, check raised errors, run with a private context.</summary>
internal static class RuntimeTestSupport
{
    public static object? Call(string name, params object?[] args)
    {
        Assert.IsTrue(BuiltinRegistry.TryGet(name, out var fn), $"builtin {name} missing");
        return fn.Invoke(args);
    }

    /// <summary>Calls a builtin and returns the display form of its result.</summary>
    public static string Show(string name, params object?[] args) => Printer.Display(Call(name, args));

    public static FluentList L(params object?[] items) => FluentList.FromSpan(items);

    public static BigInteger Big(string digits) => BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    public static FunctionValue Fn(Func<object?, object?> f) => new BuiltinFunction("test1", 1, 1, a => f(a[0]));

    public static FunctionValue Fn2(Func<object?, object?, object?> f) => new BuiltinFunction("test2", 2, 2, a => f(a[0], a[1]));

    /// <summary>Asserts that the action raises a FluentAI error of the type, whose message contains the text.</summary>
    public static ErrorValue Raises(string type, string messagePart, Action action)
    {
        var ex = Assert.ThrowsExactly<FluentException>(action);
        Assert.AreEqual(type, ex.Error.Type, ex.Error.Message);
        Assert.Contains(messagePart, ex.Error.Message);
        return ex.Error;
    }

    public static ErrorValue RaisesCall(string type, string messagePart, string name, params object?[] args) =>
        Raises(type, messagePart, () => Call(name, args));
}

/// <summary>Installs a fresh <see cref="FluentContext"/> with captured output on this thread for a test.</summary>
internal sealed class ContextScope : IDisposable
{
    private readonly FluentContext? previous;

    public ContextScope(string input = "")
    {
        previous = FluentContext.Current;
        Output = new StringWriter();
        Context = new FluentContext(Output, new StringReader(input));
        FluentContext.Current = Context;
    }

    public StringWriter Output { get; }

    public FluentContext Context { get; }

    public string Text => Output.ToString();

    public void Dispose() => FluentContext.Current = previous!;
}
