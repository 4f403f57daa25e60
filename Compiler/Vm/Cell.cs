namespace FluentAI.Compiler.Vm;

/// <summary>A heap box for a captured variable, shared by the frame that owns it and the closures that use it.</summary>
public sealed class Cell
{
    /// <summary>The value of a let binding whose initializer has not run yet.</summary>
    public static readonly object Unassigned = new();

    public Cell(object? value) => Value = value;

    public object? Value;
}
