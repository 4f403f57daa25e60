using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Effects;

/// <summary>
/// One <c>(handler ((kind:op h) (kind h) ...) body)</c> frame: an immutable linked list, innermost first.
/// Entries are keyed by full op name (<c>io:print</c>) or by kind (<c>io</c>); the <c>error</c> entry is
/// the frame's error handler.
/// </summary>
public sealed class HandlerFrame
{
    public HandlerFrame(IReadOnlyDictionary<string, FunctionValue> entries, HandlerFrame? parent)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        Parent = parent;
        ErrorHandler = entries.TryGetValue("error", out var handler) ? handler : null;
    }

    public IReadOnlyDictionary<string, FunctionValue> Entries { get; }

    public HandlerFrame? Parent { get; }

    /// <summary>The <c>error</c> entry, or null.</summary>
    public FunctionValue? ErrorHandler { get; }
}
