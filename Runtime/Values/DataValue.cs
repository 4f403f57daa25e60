using System.Runtime.CompilerServices;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Runtime.Values;

/// <summary>
/// A value built by a data constructor: <c>(Some 5)</c>, <c>(None)</c>. Compared structurally, by
/// constructor name, arity and fields.
/// <para>
/// A value is an object of one of the sealed <em>shape</em> classes (<see cref="DataShapes"/>), made
/// generic over a key type that stands for its constructor's name and arity (<see cref="DataKey"/>):
/// <c>(Node left 5 right)</c> built by typed code is a <c>Data3L1&lt;key of Node/3&gt;</c>, two references
/// and an unboxed <c>long</c> in a 40-byte object, as a class of its own would be. The object's type
/// tells its constructor: typed code matches a pattern with one type test and reads fields with one
/// load each. The base class holds no fields.
/// </para>
/// <para>
/// Values of up to <see cref="InlineFields"/> fields keep them in fields of their own, one of which may be
/// an unboxed integer (chosen by the code that builds the value); a value of more fields keeps them in
/// an array. <see cref="Field"/> boxes an unboxed integer; typed code reads it with <see cref="FieldLong"/>.
/// </para>
/// </summary>
public abstract class DataValue
{
    /// <summary>How many fields a value holds without an array.</summary>
    public const int InlineFields = 3;

    private protected DataValue()
    {
    }

    /// <summary>The constructor's name (interned: compiled code compares it by reference).</summary>
    public string Constructor => Key.Name;

    public int FieldCount => Key.Arity;

    /// <summary>The name and arity the value's type stands for.</summary>
    internal abstract DataKey Key { get; }

    /// <summary>The field values, in order (a new array, except for a value of more than <see cref="InlineFields"/> fields).</summary>
    public virtual ReadOnlySpan<object?> Fields
    {
        get
        {
            var fields = new object?[FieldCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = Field(i);
            }

            return fields;
        }
    }

    /// <summary>A value of a constructor named <paramref name="constructor"/> with <paramref name="fields"/> (hosts and tests; programs build values through their <see cref="DataConstructor"/>).</summary>
    public static DataValue Create(string constructor, params ReadOnlySpan<object?> fields) =>
        Create(new DataConstructor(constructor, fields.Length), fields);

    /// <summary>A value of <paramref name="kind"/>; <paramref name="fields"/> (as many as its arity) are copied.</summary>
    public static DataValue Create(DataConstructor kind, params ReadOnlySpan<object?> fields)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (fields.Length != kind.Arity)
        {
            throw new ArgumentException($"{kind.ConstructorName} takes {kind.Arity} fields, not {fields.Length}", nameof(fields));
        }

        return kind.Make(fields.ToArray());
    }

    /// <summary>The field at <paramref name="index"/> (which must be below <see cref="FieldCount"/>); an unboxed integer is boxed.</summary>
    public abstract object? Field(int index);

    /// <summary>
    /// The field at <paramref name="index"/> as an integer, for typed code: the unboxed integer, or the
    /// field unboxed; a field that is not an integer leaves typed code (<see cref="TypedCodeExit"/>).
    /// </summary>
    public virtual long FieldLong(int index) => TypedOps.ToLong(Field(index));

    /// <summary>Whether the value was built by a constructor named <paramref name="name"/> (an interned string) with <paramref name="arity"/> fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(string name, int arity)
    {
        DataKey key = Key;
        return (object)key.Name == name && key.Arity == arity;
    }

    public override string ToString() => Printing.Printer.Display(this);
}
