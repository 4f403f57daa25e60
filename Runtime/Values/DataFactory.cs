namespace FluentAI.Runtime.Values;

/// <summary>
/// Builds the values of one constructor for code that does not name their shape classes (the VM, boxed
/// code, hosts): one instance per <see cref="DataKey"/>, of <see cref="DataFactory{TKey}"/> over its key type.
/// </summary>
internal abstract class DataFactory
{
    public abstract DataValue Make();

    public abstract DataValue Make(object? a);

    public abstract DataValue Make(object? a, object? b);

    public abstract DataValue Make(object? a, object? b, object? c);

    /// <summary>A value of the fields in <paramref name="fields"/> (a fresh array nobody else holds, of any length but zero).</summary>
    public abstract DataValue Make(object?[] fields);

    public abstract DataValue Make(long a);

    public abstract DataValue Make(long a, object? b);

    public abstract DataValue Make(object? a, long b);

    public abstract DataValue Make(long a, object? b, object? c);

    public abstract DataValue Make(object? a, long b, object? c);

    public abstract DataValue Make(object? a, object? b, long c);
}

/// <summary>The <see cref="DataFactory"/> of the constructor whose key type is <typeparamref name="TKey"/>.</summary>
internal sealed class DataFactory<TKey> : DataFactory
    where TKey : class
{
    public override DataValue Make() => Data0<TKey>.Value;

    public override DataValue Make(object? a) => new Data1<TKey>(a);

    public override DataValue Make(object? a, object? b) => new Data2<TKey>(a, b);

    public override DataValue Make(object? a, object? b, object? c) => new Data3<TKey>(a, b, c);

    public override DataValue Make(object?[] fields) => fields.Length switch
    {
        1 => new Data1<TKey>(fields[0]),
        2 => new Data2<TKey>(fields[0], fields[1]),
        3 => new Data3<TKey>(fields[0], fields[1], fields[2]),
        _ => new DataN<TKey>(fields),
    };

    public override DataValue Make(long a) => new Data1L0<TKey>(a);

    public override DataValue Make(long a, object? b) => new Data2L0<TKey>(a, b);

    public override DataValue Make(object? a, long b) => new Data2L1<TKey>(a, b);

    public override DataValue Make(long a, object? b, object? c) => new Data3L0<TKey>(a, b, c);

    public override DataValue Make(object? a, long b, object? c) => new Data3L1<TKey>(a, b, c);

    public override DataValue Make(object? a, object? b, long c) => new Data3L2<TKey>(a, b, c);
}
