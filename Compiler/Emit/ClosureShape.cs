using System.Reflection;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit;

/// <summary>The closure class, code delegate and members that compiled code uses for functions of one arity.</summary>
public sealed class ClosureShape
{
    /// <summary>Functions with more parameters than this take an argument array (<see cref="ClosureN"/>).</summary>
    public const int MaxDirectArity = 8;

    // Created on first use, one arity at a time: each shape reflects over its closure class, which a first
    // eval should not pay for arities it never uses. A race creates equal shapes; either may win.
    private static readonly ClosureShape?[] Shapes = new ClosureShape?[MaxDirectArity + 1];

    private static ClosureShape? many;

    private ClosureShape(int arity, Type closureType, Type delegateType)
    {
        Arity = arity;
        ClosureType = closureType;
        DelegateType = delegateType;
        Constructor = closureType.GetConstructors().Single();
        CodeField = closureType.GetField("Code")!;
        Invoke = delegateType.GetMethod("Invoke")!;
        ParameterTypes = [closureType, .. Invoke.GetParameters().Skip(1).Select(p => p.ParameterType)];
    }

    public static ClosureShape For(int arity) =>
        arity <= MaxDirectArity ? Shapes[arity] ??= Create(arity) : many ??= Create(-1);

    private static ClosureShape Create(int arity) => arity switch
    {
        0 => new(0, typeof(Closure0), typeof(Func<Closure0, object?>)),
        1 => new(1, typeof(Closure1), typeof(Func<Closure1, object?, object?>)),
        2 => new(2, typeof(Closure2), typeof(Func<Closure2, object?, object?, object?>)),
        3 => new(3, typeof(Closure3), typeof(Func<Closure3, object?, object?, object?, object?>)),
        4 => new(4, typeof(Closure4), typeof(Func<Closure4, object?, object?, object?, object?, object?>)),
        5 => new(5, typeof(Closure5), typeof(Func<Closure5, object?, object?, object?, object?, object?, object?>)),
        6 => new(6, typeof(Closure6), typeof(Func<Closure6, object?, object?, object?, object?, object?, object?, object?>)),
        7 => new(7, typeof(Closure7), typeof(Func<Closure7, object?, object?, object?, object?, object?, object?, object?, object?>)),
        8 => new(8, typeof(Closure8), typeof(Func<Closure8, object?, object?, object?, object?, object?, object?, object?, object?, object?>)),
        _ => new(-1, typeof(ClosureN), typeof(Func<ClosureN, object?[], object?>)),
    };

    /// <summary>The arity, or -1 for the array shape.</summary>
    public int Arity { get; }

    public bool TakesArray => Arity < 0;

    public Type ClosureType { get; }

    public Type DelegateType { get; }

    /// <summary>(name, code, env, constants), or (name, arity, code, env, constants) for the array shape.</summary>
    public ConstructorInfo Constructor { get; }

    public FieldInfo CodeField { get; }

    public MethodInfo Invoke { get; }

    /// <summary>The parameters of closure code: the closure, then each argument (or the argument array).</summary>
    public IReadOnlyList<Type> ParameterTypes { get; }
}
