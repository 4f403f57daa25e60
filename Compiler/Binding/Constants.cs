using FluentAI.Runtime;

namespace FluentAI.Compiler.Binding;

/// <summary>Literal values in their runtime representation (cached boxes for small integers and booleans).</summary>
internal static class Constants
{
    public static object Integer(object value) => value is long l ? RuntimeOps.Box(l) : value;

    public static object Bool(bool value) => RuntimeOps.Bool(value);
}
