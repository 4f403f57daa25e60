using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// A FluentAI function compiled to IL: code (a delegate over a static method) plus what it closed
/// over. One sealed subclass per arity up to eight (<see cref="Closure0"/> ... <see cref="Closure8"/>)
/// holds a delegate typed for that arity, so compiled code calls it with no argument array after a
/// single exact type test; <see cref="ClosureN"/> takes an array. The delegate's first parameter is
/// the closure itself, through which the code reaches <see cref="Env"/> and <see cref="Constants"/>.
/// </summary>
public abstract class CompiledClosure(string name, int arity, object?[] env, object?[]? constants) : FunctionValue
{
    /// <summary>The captured values, in the function's capture order: a value, or a <see cref="System.Runtime.CompilerServices.StrongBox{T}"/> for a binding that may be read before its initializer ran.</summary>
    public readonly object?[] Env = env;

    /// <summary>The constants of the code's compilation unit (DynamicMethod code only; null for assemblies, which use static fields).</summary>
    public readonly object?[]? Constants = constants;

    public int Arity { get; } = arity;

    /// <summary>
    /// Whether the code starts with a typed entry (a typed known function of in-process code): while the entry's
    /// typed path applies the call is pure, so a host may run it tentatively on its own thread (<see cref="StackGuard.BeginTentative"/>).
    /// </summary>
    public bool TypedEntry { get; internal set; }

    public override string Name { get; } = name;

    public override int? FixedArity => Arity;

    public override object? Invoke(ReadOnlySpan<object?> args) => args.Length switch
    {
        0 => Invoke(),
        1 => Invoke(args[0]),
        2 => Invoke(args[0], args[1]),
        3 => Invoke(args[0], args[1], args[2]),
        4 => Invoke(args[0], args[1], args[2], args[3]),
        _ => InvokeMany(args),
    };

    public override object? Invoke() => throw ArityError(0);

    public override object? Invoke(object? a) => throw ArityError(1);

    public override object? Invoke(object? a, object? b) => throw ArityError(2);

    public override object? Invoke(object? a, object? b, object? c) => throw ArityError(3);

    public override object? Invoke(object? a, object? b, object? c, object? d) => throw ArityError(4);

    /// <summary>More than four arguments: the closures of arity five and up accept their count.</summary>
    protected virtual object? InvokeMany(ReadOnlySpan<object?> args) => throw ArityError(args.Length);

    protected FluentException ArityError(int got) => RuntimeErrors.Arity(Arity, got);
}
