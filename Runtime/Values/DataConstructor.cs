using System.Runtime.CompilerServices;
using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime.Values;

/// <summary>
/// The function bound to a constructor by <c>(data T ... (Ctor f ...))</c>. Calling it builds a
/// <see cref="DataValue"/>; a nullary constructor shares one value. The name is interned, so that code
/// which matches against a literal name (an interned string) compares references.
/// </summary>
public sealed class DataConstructor : FunctionValue
{
    private readonly DataValue? nullary;

    public DataConstructor(string name, int arity)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(arity);
        ConstructorName = string.Intern(name);
        Arity = arity;
        if (arity == 0)
        {
            nullary = new DataValue(this);
        }
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

        return nullary ?? new DataValue(this, args);
    }

    public override object? Invoke() => nullary ?? Invoke([]);

    public override object? Invoke(object? a) => Arity == 1 ? new DataValue(this, a) : Invoke([a]);

    public override object? Invoke(object? a, object? b) => Arity == 2 ? new DataValue(this, a, b) : Invoke([a, b]);

    public override object? Invoke(object? a, object? b, object? c) => Arity == 3 ? new DataValue(this, a, b, c) : Invoke([a, b, c]);

    /// <summary>The value of a nullary constructor (compiled code that checked the arity).</summary>
    public DataValue Make() => nullary!;

    /// <summary>A value of a one-field constructor (compiled code that checked the arity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DataValue Make(object? a) => new(this, a);

    /// <summary>A value of a two-field constructor (compiled code that checked the arity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DataValue Make(object? a, object? b) => new(this, a, b);

    /// <summary>A value of a three-field constructor (compiled code that checked the arity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DataValue Make(object? a, object? b, object? c) => new(this, a, b, c);

    /// <summary>A value of a one-field constructor whose field is an unboxed integer (typed code).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DataValue Make(long a) => new(this, a);

    /// <summary>A value of a two-field constructor, its first field an unboxed integer (typed code).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DataValue Make(long a, object? b) => new(this, null, b, null, 0, a);

    /// <summary>A value of a two-field constructor, its second field an unboxed integer (typed code).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DataValue Make(object? a, long b) => new(this, a, null, null, 1, b);

    /// <summary>A value of a three-field constructor, its first field an unboxed integer (typed code).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DataValue Make(long a, object? b, object? c) => new(this, null, b, c, 0, a);

    /// <summary>A value of a three-field constructor, its second field an unboxed integer (typed code).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DataValue Make(object? a, long b, object? c) => new(this, a, null, c, 1, b);

    /// <summary>A value of a three-field constructor, its third field an unboxed integer (typed code).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DataValue Make(object? a, object? b, long c) => new(this, a, b, null, 2, c);

    /// <summary>A value of a constructor of any arity, its fields in an array that becomes the value's own (compiled code that checked the arity and built the array for it).</summary>
    public DataValue Make(object?[] fields) => new(this, fields);
}
