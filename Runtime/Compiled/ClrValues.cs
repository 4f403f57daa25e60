using System.Globalization;
using System.Numerics;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// Conversions at the edge between .NET callers and FluentAI code: the public methods of a built
/// assembly and <c>FluentEngine</c> convert arguments and results with these.
/// </summary>
public static class ClrValues
{
    /// <summary>A .NET argument as a FluentAI value: smaller integers widen to <see cref="long"/>, <see cref="float"/> to <see cref="double"/>.</summary>
    public static object? FromClr(object? value) => value switch
    {
        int i => RuntimeOps.Box(i),
        long l => RuntimeOps.Box(l),
        short s => RuntimeOps.Box(s),
        byte b => RuntimeOps.Box(b),
        float f => (double)f,
        bool b => RuntimeOps.Bool(b),
        _ => value,
    };

    /// <summary>A FluentAI integer result as a <see cref="long"/>; a BigInteger too large for it is an <see cref="OverflowException"/>.</summary>
    public static long ToInt64(object? value) => value switch
    {
        long l => l,
        BigInteger b => (long)b,
        _ => throw new InvalidCastException($"A FluentAI {TypeNames.Of(value)} is not an integer"),
    };

    public static bool ToBoolean(object? value) =>
        value is bool b ? b : throw new InvalidCastException($"A FluentAI {TypeNames.Of(value)} is not a boolean");

    /// <summary>The value of an exported global; reading one that was never defined is the FluentAI error "Undefined variable".</summary>
    public static object? Read(GlobalSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return slot.IsDefined ? slot.Value : throw RuntimeErrors.UndefinedVariable(slot.Name);
    }

    /// <summary>Calls whatever an exported global holds now (the general path of a built assembly's public methods).</summary>
    public static object? Call(GlobalSlot slot, object?[] args)
    {
        object? value = Read(slot);
        return value is FunctionValue function ? function.Invoke(new ReadOnlySpan<object?>(args)) : throw RuntimeErrors.NotAFunction(value);
    }

    /// <summary>An integer literal too large for <see cref="long"/>, as built assemblies store it (decimal digits).</summary>
    public static object Integer(string digits) => BigInteger.Parse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
