using System.ComponentModel;

namespace FluentAI.Runtime.Values;

/// <summary>A value of one field, field 0 an unboxed integer (typed code).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Data1L0<TKey> : DataValue
    where TKey : class
{
    public readonly long L;

    public Data1L0(long f0)
    {
        L = f0;
    }

    internal override DataKey Key => DataKeyOf<TKey>.Key;

    public override object? Field(int index) => index switch
    {
        0 => RuntimeOps.Box(L),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override long FieldLong(int index) => index == 0 ? L : base.FieldLong(index);
}

/// <summary>A value of two fields, field 0 an unboxed integer (typed code).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Data2L0<TKey> : DataValue
    where TKey : class
{
    public readonly long L;
    public readonly object? F1;

    public Data2L0(long f0, object? f1)
    {
        L = f0;
        F1 = f1;
    }

    internal override DataKey Key => DataKeyOf<TKey>.Key;

    public override object? Field(int index) => index switch
    {
        0 => RuntimeOps.Box(L),
        1 => F1,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override long FieldLong(int index) => index == 0 ? L : base.FieldLong(index);
}

/// <summary>A value of two fields, field 1 an unboxed integer (typed code).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Data2L1<TKey> : DataValue
    where TKey : class
{
    public readonly object? F0;
    public readonly long L;

    public Data2L1(object? f0, long f1)
    {
        F0 = f0;
        L = f1;
    }

    internal override DataKey Key => DataKeyOf<TKey>.Key;

    public override object? Field(int index) => index switch
    {
        0 => F0,
        1 => RuntimeOps.Box(L),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override long FieldLong(int index) => index == 1 ? L : base.FieldLong(index);
}

/// <summary>A value of three fields, field 0 an unboxed integer (typed code).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Data3L0<TKey> : DataValue
    where TKey : class
{
    public readonly long L;
    public readonly object? F1;
    public readonly object? F2;

    public Data3L0(long f0, object? f1, object? f2)
    {
        L = f0;
        F1 = f1;
        F2 = f2;
    }

    internal override DataKey Key => DataKeyOf<TKey>.Key;

    public override object? Field(int index) => index switch
    {
        0 => RuntimeOps.Box(L),
        1 => F1,
        2 => F2,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override long FieldLong(int index) => index == 0 ? L : base.FieldLong(index);
}

/// <summary>A value of three fields, field 1 an unboxed integer (typed code).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Data3L1<TKey> : DataValue
    where TKey : class
{
    public readonly object? F0;
    public readonly long L;
    public readonly object? F2;

    public Data3L1(object? f0, long f1, object? f2)
    {
        F0 = f0;
        L = f1;
        F2 = f2;
    }

    internal override DataKey Key => DataKeyOf<TKey>.Key;

    public override object? Field(int index) => index switch
    {
        0 => F0,
        1 => RuntimeOps.Box(L),
        2 => F2,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override long FieldLong(int index) => index == 1 ? L : base.FieldLong(index);
}

/// <summary>A value of three fields, field 2 an unboxed integer (typed code).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Data3L2<TKey> : DataValue
    where TKey : class
{
    public readonly object? F0;
    public readonly object? F1;
    public readonly long L;

    public Data3L2(object? f0, object? f1, long f2)
    {
        F0 = f0;
        F1 = f1;
        L = f2;
    }

    internal override DataKey Key => DataKeyOf<TKey>.Key;

    public override object? Field(int index) => index switch
    {
        0 => F0,
        1 => F1,
        2 => RuntimeOps.Box(L),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override long FieldLong(int index) => index == 2 ? L : base.FieldLong(index);
}
