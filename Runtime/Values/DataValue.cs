using System.Runtime.CompilerServices;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Runtime.Values;

/// <summary>
/// A value built by a data constructor: <c>(Some 5)</c>, <c>(None)</c>. Compared structurally. The value
/// points at its <see cref="DataConstructor"/> (name and arity) and keeps up to
/// <see cref="InlineFields"/> fields in the object itself: one 48-byte allocation, one load per field.
/// A value with more fields keeps them in an array held in the first inline slot.
/// <para>
/// Typed code can store one integer field unboxed (<see cref="DataConstructor.Make(object?, long, object?)"/>
/// and the other overloads with a <c>long</c>): the integer goes in <see cref="scalar"/> and its slot holds
/// a private marker, so a node such as <c>(Node left 5 right)</c> is one 56-byte object, not a value plus
/// a 24-byte box. <see cref="Field"/> boxes such a field when it is read as an object; typed code reads
/// it with <see cref="FieldLong"/>.
/// </para>
/// </summary>
public sealed class DataValue
{
    /// <summary>How many fields a value holds without an array.</summary>
    public const int InlineFields = 3;

    /// <summary>The mark of the inline slot whose integer is in <see cref="scalar"/>.</summary>
    private static readonly object Unboxed = new UnboxedMark();

    private readonly DataConstructor kind;
    private Inline inline;
    private long scalar;

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

    /// <summary>A value of more than <see cref="InlineFields"/> fields that keeps <paramref name="fields"/> (a fresh array nobody else holds) as its own.</summary>
    internal DataValue(DataConstructor kind, object?[] fields)
    {
        this.kind = kind;
        if (fields.Length <= InlineFields)
        {
            fields.CopyTo(inline);
        }
        else
        {
            inline[0] = fields;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal DataValue(DataConstructor kind, long a)
    {
        this.kind = kind;
        inline[0] = Unboxed;
        scalar = a;
    }

    /// <summary>A value of up to three inline fields, the field at <paramref name="unboxedAt"/> being <paramref name="integer"/> (its slot in <paramref name="a"/>..<paramref name="c"/> is ignored).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal DataValue(DataConstructor kind, object? a, object? b, object? c, int unboxedAt, long integer)
    {
        this.kind = kind;
        inline[0] = a;
        inline[1] = b;
        inline[2] = c;
        inline[unboxedAt] = Unboxed;
        scalar = integer;
    }

    /// <summary>The constructor's name (interned: compiled code compares it by reference).</summary>
    public string Constructor => kind.ConstructorName;

    /// <summary>The constructor that built the value.</summary>
    public DataConstructor Kind => kind;

    public int FieldCount => kind.Arity;

    /// <summary>The field values, in order (a copy when a field is held unboxed).</summary>
    public ReadOnlySpan<object?> Fields
    {
        get
        {
            if (kind.Arity > InlineFields)
            {
                return (object?[])inline[0]!;
            }

            ReadOnlySpan<object?> fields = ((ReadOnlySpan<object?>)inline)[..kind.Arity];
            for (int i = 0; i < fields.Length; i++)
            {
                if (ReferenceEquals(fields[i], Unboxed))
                {
                    object?[] copy = fields.ToArray();
                    copy[i] = RuntimeOps.Box(scalar);
                    return copy;
                }
            }

            return fields;
        }
    }

    /// <summary>The field at <paramref name="index"/> (which must be below <see cref="FieldCount"/>); an unboxed integer is boxed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object? Field(int index)
    {
        if (kind.Arity <= InlineFields)
        {
            object? field = inline[index];
            if (!ReferenceEquals(field, Unboxed))
            {
                return field;
            }
        }

        return OtherField(index);
    }

    /// <summary>A field kept in the array, or the unboxed integer boxed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private object? OtherField(int index) =>
        kind.Arity > InlineFields ? ((object?[])inline[0]!)[index] : RuntimeOps.Box(scalar);

    /// <summary>The field at <paramref name="index"/> of a value of at most <see cref="InlineFields"/> fields (typed code that matched its constructor); an unboxed integer is boxed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object? InlineField(int index)
    {
        object? field = inline[index];
        return ReferenceEquals(field, Unboxed) ? OtherField(index) : field;
    }

    /// <summary>The field at <paramref name="index"/> of a value of at most <see cref="InlineFields"/> fields, as an integer (typed code that matched its constructor; see <see cref="FieldLong"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long InlineFieldLong(int index)
    {
        object? field = inline[index];
        return ReferenceEquals(field, Unboxed) ? scalar : TypedOps.ToLong(field);
    }

    /// <summary>
    /// The field at <paramref name="index"/> as an integer, for typed code: the unboxed integer, or the
    /// field unboxed; a field that is not an integer leaves typed code (<see cref="TypedCodeExit"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long FieldLong(int index)
    {
        object? field = kind.Arity > InlineFields ? ((object?[])inline[0]!)[index] : inline[index];
        return ReferenceEquals(field, Unboxed) ? scalar : TypedOps.ToLong(field);
    }

    /// <summary>Whether the value was built by a constructor named <paramref name="name"/> (an interned string) with <paramref name="arity"/> fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(string name, int arity) => (object)kind.ConstructorName == name && kind.Arity == arity;

    public override string ToString() => Printing.Printer.Display(this);

    private sealed class UnboxedMark
    {
    }

    [InlineArray(InlineFields)]
    private struct Inline
    {
        private object? element;
    }
}
