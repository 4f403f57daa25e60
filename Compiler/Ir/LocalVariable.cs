namespace FluentAI.Compiler.Ir;

/// <summary>
/// A parameter, let binding, pattern variable or compiler temporary of one function. A variable that a
/// nested function uses is <see cref="IsCaptured"/>: it lives in a heap cell shared with the closures.
/// </summary>
public sealed class LocalVariable(string name, FunctionInfo owner, int slot)
{
    public string Name { get; } = name;

    public FunctionInfo Owner { get; } = owner;

    /// <summary>The frame slot: parameters first, then every other local of the function.</summary>
    public int Slot { get; } = slot;

    public bool IsCaptured { get; set; }

    public override string ToString() => $"{Name}#{Slot}";
}
