namespace FluentAI.Compiler.Ir;

/// <summary>
/// One late-bound global of a program or module. Code holds the cell itself, so a function may use a
/// global that a later form defines; reading a cell that was never defined is "Undefined variable".
/// Builtins live in cells too, so a program may redefine them.
/// </summary>
public sealed class GlobalCell(string name)
{
    public string Name { get; } = name;

    public object? Value { get; set; }

    public bool IsDefined { get; set; }

    /// <summary>The builtin this cell started with, if any: operator fast paths run while <see cref="Value"/> is still it.</summary>
    public object? Builtin { get; private set; }

    public void DefineBuiltin(object builtin)
    {
        Define(builtin);
        Builtin = builtin;
    }

    /// <summary>
    /// Set once any program replaces a builtin in its cell. Until then, operator fast paths need not
    /// look at their cell at all; after it, they check the cell every time. Process-wide on purpose:
    /// it only selects the slower exact check, it never changes what any engine computes.
    /// </summary>
    public static bool AnyBuiltinRedefined { get; private set; }

    public void Define(object? value)
    {
        if (Builtin is not null && !ReferenceEquals(value, Builtin))
        {
            AnyBuiltinRedefined = true;
        }

        Value = value;
        IsDefined = true;
    }

    public override string ToString() => Name;
}
