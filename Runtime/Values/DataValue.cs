using System.Runtime.CompilerServices;

namespace FluentAI.Runtime.Values;

/// <summary>
/// A value built by a data constructor: <c>(Some 5)</c>, <c>(None)</c>. Compared structurally. The value
/// points at its <see cref="DataConstructor"/> (name and arity) and keeps up to
/// <see cref="InlineFields"/> fields in the object itself: one 48-byte allocation, one load per field.
/// A value with more fields keeps them in an array held in the first inline slot.
/// </summary>
public sealed class DataValue
{
    /// <summary>How many fields a value holds without an array.</summary>
    public const int InlineFields = 3;

    private readonly DataConstructor kind;
    private Inline inline;

    /// <summary>A value of a constructor made for it alone (hosts and tests; programs build values through their <see cref="DataConstructor"/>).</summary>
    public DataValue(string constructor, ReadOnlySpan<object?> fields)
        : this(new DataConstructor(constructor, fields.Length), fields)
    {
    }

    /// <summary>A value of <paramref name="kind"/>; <paramref name="fields"/> (as many as its arity) are copied.</summary>
    public DataValue(DataConstructor kind, ReadOnlySpan<object?> fields)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (fields.Length != kind.Arity)
        {
            throw new ArgumentException($"{kind.ConstructorName} takes {kind.Arity} fields, not {fields.Length}", nameof(fields));
        }

        this.kind = kind;
        if (fields.Length <= InlineFields)
        {
            fields.CopyTo(inline);
        }
        else
        {
            inline[0] = fields.ToArray();
        }
    }

    internal DataValue(DataConstructor kind)
    {
        this.kind = kind;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal DataValue(DataConstructor kind, object? a)
    {
        this.kind = kind;
        inline[0] = a;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal DataValue(DataConstructor kind, object? a, object? b)
    {
        this.kind = kind;
        inline[0] = a;
        inline[1] = b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal DataValue(DataConstructor kind, object? a, object? b, object? c)
    {
        this.kind = kind;
        inline[0] = a;
        inline[1] = b;
        inline[2] = c;
    }

    /// <summary>The constructor's name (interned: compiled code compares it by reference).</summary>
    public string Constructor => kind.ConstructorName;

    /// <summary>The constructor that built the value.</summary>
    public DataConstructor Kind => kind;

    public int FieldCount => kind.Arity;

    /// <summary>The field values, in order.</summary>
    public ReadOnlySpan<object?> Fields =>
        kind.Arity <= InlineFields ? ((ReadOnlySpan<object?>)inline)[..kind.Arity] : (object?[])inline[0]!;

    /// <summary>The field at <paramref name="index"/> (which must be below <see cref="FieldCount"/>).</summary>
    public object? Field(int index) => kind.Arity <= InlineFields ? inline[index] : ((object?[])inline[0]!)[index];

    /// <summary>Whether the value was built by a constructor named <paramref name="name"/> (an interned string) with <paramref name="arity"/> fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(string name, int arity) => (object)kind.ConstructorName == name && kind.Arity == arity;

    public override string ToString() => Printing.Printer.Display(this);

    [InlineArray(InlineFields)]
    private struct Inline
    {
        private object? element;
    }
}
