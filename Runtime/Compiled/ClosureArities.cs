namespace FluentAI.Runtime.Compiled;

// The arity family of CompiledClosure: each overrides exactly the entry point of its arity and calls
// its typed code delegate; every other arity falls to the base class's arity error.

public sealed class Closure0(string name, Func<Closure0, object?> code, object?[] env, object?[]? constants)
    : CompiledClosure(name, 0, env, constants)
{
    public readonly Func<Closure0, object?> Code = code;

    public override object? Invoke() => Code(this);
}

public sealed class Closure1(string name, Func<Closure1, object?, object?> code, object?[] env, object?[]? constants)
    : CompiledClosure(name, 1, env, constants)
{
    public readonly Func<Closure1, object?, object?> Code = code;

    public override object? Invoke(object? a) => Code(this, a);
}

public sealed class Closure2(string name, Func<Closure2, object?, object?, object?> code, object?[] env, object?[]? constants)
    : CompiledClosure(name, 2, env, constants)
{
    public readonly Func<Closure2, object?, object?, object?> Code = code;

    public override object? Invoke(object? a, object? b) => Code(this, a, b);
}

public sealed class Closure3(string name, Func<Closure3, object?, object?, object?, object?> code, object?[] env, object?[]? constants)
    : CompiledClosure(name, 3, env, constants)
{
    public readonly Func<Closure3, object?, object?, object?, object?> Code = code;

    public override object? Invoke(object? a, object? b, object? c) => Code(this, a, b, c);
}

public sealed class Closure4(string name, Func<Closure4, object?, object?, object?, object?, object?> code, object?[] env, object?[]? constants)
    : CompiledClosure(name, 4, env, constants)
{
    public readonly Func<Closure4, object?, object?, object?, object?, object?> Code = code;

    public override object? Invoke(object? a, object? b, object? c, object? d) => Code(this, a, b, c, d);
}

/// <summary>Five or more parameters: the code takes the arguments as one array.</summary>
public sealed class ClosureN(string name, int arity, Func<ClosureN, object?[], object?> code, object?[] env, object?[]? constants)
    : CompiledClosure(name, arity, env, constants)
{
    public readonly Func<ClosureN, object?[], object?> Code = code;

    protected override object? InvokeMany(ReadOnlySpan<object?> args) =>
        args.Length == Arity ? Code(this, args.ToArray()) : throw ArityError(args.Length);
}
