using FluentAI.Runtime.Builtins;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// One late-bound global: the VM, DynamicMethod code and Cecil-built assemblies all read and define
/// globals through this type. Reading a slot that was never defined is "Undefined variable".
/// Builtins live in slots too, so a program may redefine them.
/// </summary>
public class GlobalSlot(string name, BuiltinGuard? guard = null)
{
    public string Name { get; } = name;

    public object? Value { get; set; }

    public bool IsDefined { get; set; }

    /// <summary>The builtin this slot started with, if any: operator fast paths run while <see cref="Value"/> is still it.</summary>
    public object? Builtin { get; private set; }

    /// <summary>
    /// Set once any program replaces a builtin in its slot. Until then, operator fast paths need not
    /// look at their slot at all; after it, they check the slot every time. Process-wide on purpose:
    /// it only selects the slower exact check, it never changes what any engine computes.
    /// </summary>
    public static bool AnyBuiltinRedefined { get; private set; }

    /// <summary>The guard of the engine this slot belongs to: told when a builtin is replaced.</summary>
    public BuiltinGuard? Guard { get; } = guard;
    /// <summary>A slot holding what every program starts with under <paramref name="name"/> (see <see cref="DefineInitialValue"/>).</summary>
    public static GlobalSlot Create(string name)
    {
        var slot = new GlobalSlot(name);
        slot.DefineInitialValue();
        return slot;
    }

    /// <summary>
    /// Gives a fresh slot its initial value: the builtin of that name, or for a <c>kind:op</c> name that
    /// no builtin implements, the user effect operation (LANGUAGE.md §7); other slots stay undefined.
    /// </summary>
    public void DefineInitialValue()
    {
        if (BuiltinRegistry.TryGet(Name, out FunctionValue? builtin))
        {
            DefineBuiltin(builtin);
        }
        else if (Name.IndexOf(':', StringComparison.Ordinal) > 0)
        {
            Define(new EffectOperation(Name));
        }
    }

    public void DefineBuiltin(object builtin)
    {
        Define(builtin);
        Builtin = builtin;
    }

    public void Define(object? value)
    {
        if (Builtin is not null && !ReferenceEquals(value, Builtin))
        {
            AnyBuiltinRedefined = true;
            BuiltinGuard.Process.Redefined = true;
            if (Guard is not null)
            {
                Guard.Redefined = true;
            }
        }

        Value = value;
        IsDefined = true;
    }

    public override string ToString() => Name;
}
