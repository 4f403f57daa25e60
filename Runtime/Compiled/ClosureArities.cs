namespace FluentAI.Runtime.Compiled;

// The arity family of CompiledClosure: each overrides exactly the entry point of its arity and calls
// its typed code delegate (five to eight arguments arrive as a span); every other arity falls to the
// base class's arity error.

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

public sealed class Closure5(string name, Func<Closure5, object?, object?, object?, object?, object?, object?> code, object?[] env, object?[]? constants)
    : CompiledClosure(name, 5, env, constants)
{
    public readonly Func<Closure5, object?, object?, object?, object?, object?, object?> Code = code;

    protected override object? InvokeMany(ReadOnlySpan<object?> args) =>
        args.Length == 5 ? Code(this, args[0], args[1], args[2], args[3], args[4]) : throw ArityError(args.Length);
}

public sealed class Closure6(string name, Func<Closure6, object?, object?, object?, object?, object?, object?, object?> code, object?[] env, object?[]? constants)
    : CompiledClosure(name, 6, env, constants)
{
    public readonly Func<Closure6, object?, object?, object?, object?, object?, object?, object?> Code = code;

    protected override object? InvokeMany(ReadOnlySpan<object?> args) =>
        args.Length == 6 ? Code(this, args[0], args[1], args[2], args[3], args[4], args[5]) : throw ArityError(args.Length);
}

public sealed class Closure7(string name, Func<Closure7, object?, object?, object?, object?, object?, object?, object?, object?> code, object?[] env, object?[]? constants)
    : CompiledClosure(name, 7, env, constants)
{
    public readonly Func<Closure7, object?, object?, object?, object?, object?, object?, object?, object?> Code = code;

    protected override object? InvokeMany(ReadOnlySpan<object?> args) =>
        args.Length == 7 ? Code(this, args[0], args[1], args[2], args[3], args[4], args[5], args[6]) : throw ArityError(args.Length);
}

public sealed class Closure8(string name, Func<Closure8, object?, object?, object?, object?, object?, object?, object?, object?, object?> code, object?[] env, object?[]? constants)
    : CompiledClosure(name, 8, env, constants)
{
    public readonly Func<Closure8, object?, object?, object?, object?, object?, object?, object?, object?, object?> Code = code;

    protected override object? InvokeMany(ReadOnlySpan<object?> args) =>
        args.Length == 8 ? Code(this, args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7]) : throw ArityError(args.Length);
}

/// <summary>More than eight parameters: the code takes the arguments as one array.</summary>
public sealed class ClosureN(string name, int arity, Func<ClosureN, object?[], object?> code, object?[] env, object?[]? constants)
    : CompiledClosure(name, arity, env, constants)
{
    public readonly Func<ClosureN, object?[], object?> Code = code;

    protected override object? InvokeMany(ReadOnlySpan<object?> args) =>
        args.Length == Arity ? Code(this, args.ToArray()) : throw ArityError(args.Length);
}
