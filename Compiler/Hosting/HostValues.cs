using System.Numerics;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Hosting;

/// <summary>Conversions between CLR values a host passes or expects and FluentAI runtime values.</summary>
internal static class HostValues
{
    public static object? FromClr(object? value) => ClrValues.FromClr(value);

    public static T ToClr<T>(object? value)
    {
        if (value is T typed)
        {
            return typed;
        }

        Type target = typeof(T);
        object? converted = value switch
        {
            long l when target == typeof(int) => checked((int)l),
            long l when target == typeof(double) => (double)l,
            long l when target == typeof(BigInteger) => new BigInteger(l),
            BigInteger b when target == typeof(double) => (double)b,
            null when !target.IsValueType || Nullable.GetUnderlyingType(target) is not null => null,
            _ => throw new InvalidCastException($"A FluentAI {Describe(value)} cannot be returned as {target.Name}"),
        };
        return (T)converted!;
    }

    private static string Describe(object? value) => value is null ? "nil" : value.GetType().Name;
}
