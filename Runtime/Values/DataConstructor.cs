using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime.Values;

/// <summary>
/// The function bound to a constructor by <c>(data T ... (Ctor f ...))</c>. Calling it builds a
/// <see cref="DataValue"/> of the shape classes of its <see cref="DataKey"/> (typed code builds them
/// directly: <see cref="DataShapes"/>); a nullary constructor shares one value, the same for every
/// constructor of its name. The name is interned, so that code which matches against a literal name (an
/// interned string) compares references.
/// </summary>
public sealed class DataConstructor : FunctionValue
{
    private readonly DataFactory factory;
    private readonly DataValue? nullary;

    public DataConstructor(string name, int arity)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(arity);
        DataKey key = DataKey.For(name, arity);
        ConstructorName = key.Name;
        Arity = arity;
        factory = key.Factory;
        nullary = key.Nullary;
    }

    public string ConstructorName { get; }

    public int Arity { get; }

    public override string Name => ConstructorName;

    public override int? FixedArity => Arity;

    public override object? Invoke(ReadOnlySpan<object?> args)
    {
        if (args.Length != Arity)
        {
            throw RuntimeErrors.ConstructorArity(ConstructorName, Arity, args.Length);
        }

        return nullary ?? factory.Make(args.ToArray());
    }

    public override object? Invoke() => nullary ?? Invoke([]);

    public override object? Invoke(object? a) => Arity == 1 ? factory.Make(a) : Invoke([a]);

    public override object? Invoke(object? a, object? b) => Arity == 2 ? factory.Make(a, b) : Invoke([a, b]);

    public override object? Invoke(object? a, object? b, object? c) => Arity == 3 ? factory.Make(a, b, c) : Invoke([a, b, c]);

    /// <summary>The value of a nullary constructor (compiled code that checked the arity).</summary>
    public DataValue Make() => nullary!;

    /// <summary>A value of a one-field constructor (compiled code that checked the arity).</summary>
    public DataValue Make(object? a) => factory.Make(a);

    /// <summary>A value of a two-field constructor (compiled code that checked the arity).</summary>
    public DataValue Make(object? a, object? b) => factory.Make(a, b);

    /// <summary>A value of a three-field constructor (compiled code that checked the arity).</summary>
    public DataValue Make(object? a, object? b, object? c) => factory.Make(a, b, c);

    /// <summary>A value of a one-field constructor whose field is an unboxed integer.</summary>
    public DataValue Make(long a) => factory.Make(a);

    /// <summary>A value of a two-field constructor, its first field an unboxed integer.</summary>
    public DataValue Make(long a, object? b) => factory.Make(a, b);

    /// <summary>A value of a two-field constructor, its second field an unboxed integer.</summary>
    public DataValue Make(object? a, long b) => factory.Make(a, b);

    /// <summary>A value of a three-field constructor, its first field an unboxed integer.</summary>
    public DataValue Make(long a, object? b, object? c) => factory.Make(a, b, c);

    /// <summary>A value of a three-field constructor, its second field an unboxed integer.</summary>
    public DataValue Make(object? a, long b, object? c) => factory.Make(a, b, c);

    /// <summary>A value of a three-field constructor, its third field an unboxed integer.</summary>
    public DataValue Make(object? a, object? b, long c) => factory.Make(a, b, c);

    /// <summary>A value of a constructor of any arity, its fields in an array that becomes the value's own (compiled code that checked the arity and built the array for it).</summary>
    public DataValue Make(object?[] fields) => fields.Length == 0 ? nullary! : factory.Make(fields);
}
