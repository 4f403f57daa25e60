using System.ComponentModel;

namespace FluentAI.Runtime.Values;

/// <summary>The value of a constructor without fields: <see cref="Value"/>, the only object of the class.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Data0<TKey> : DataValue
    where TKey : class
{
    /// <summary>The constructor's one value (<see cref="DataConstructor.Make()"/>; typed code loads it from here).</summary>
    public static readonly Data0<TKey> Value = new();

    private Data0()
    {
    }

    internal override DataKey Key => DataKeyOf<TKey>.Key;

    public override object? Field(int index) => throw new ArgumentOutOfRangeException(nameof(index));
}

/// <summary>A value of one field.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Data1<TKey> : DataValue
    where TKey : class
{
    public readonly object? F0;

    public Data1(object? f0)
    {
        F0 = f0;
    }

    internal override DataKey Key => DataKeyOf<TKey>.Key;

    public override object? Field(int index) => index switch
    {
        0 => F0,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}

/// <summary>A value of two fields.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Data2<TKey> : DataValue
    where TKey : class
{
    public readonly object? F0;
    public readonly object? F1;

    public Data2(object? f0, object? f1)
    {
        F0 = f0;
        F1 = f1;
    }

    internal override DataKey Key => DataKeyOf<TKey>.Key;

    public override object? Field(int index) => index switch
    {
        0 => F0,
        1 => F1,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}

/// <summary>A value of three fields.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Data3<TKey> : DataValue
    where TKey : class
{
    public readonly object? F0;
    public readonly object? F1;
    public readonly object? F2;

    public Data3(object? f0, object? f1, object? f2)
    {
        F0 = f0;
        F1 = f1;
        F2 = f2;
    }

    internal override DataKey Key => DataKeyOf<TKey>.Key;

    public override object? Field(int index) => index switch
    {
        0 => F0,
        1 => F1,
        2 => F2,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}

/// <summary>A value of more than <see cref="DataValue.InlineFields"/> fields, kept in an array that is the value's own.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DataN<TKey> : DataValue
    where TKey : class
{
    private readonly object?[] items;

    public DataN(object?[] items)
    {
        this.items = items;
    }

    internal override DataKey Key => DataKeyOf<TKey>.Key;

    public override ReadOnlySpan<object?> Fields => items;

    public override object? Field(int index) => items[index];
}
