using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Effects;

/// <summary>
/// A user-defined effect operation (<c>log:info</c>, ...) that no builtin implements: calling it
/// performs the effect, so an enclosing <c>handler</c> for the op or its kind answers it; with none,
/// the dispatcher reports "Unhandled effect".
/// </summary>
public sealed class EffectOperation(string name) : FunctionValue
{
    public override string Name { get; } = name;

    public override object? Invoke(ReadOnlySpan<object?> args) => EffectDispatcher.Perform(Name, args);
}
