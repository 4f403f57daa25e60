namespace FluentAI.Runtime.Values;

/// <summary>
/// The comparer of the persistent dict and set maps: <see cref="StructuralComparer"/> over keys in which
/// nil has been replaced by <see cref="NilKey"/> (immutable collections reject null keys).
/// </summary>
internal sealed class KeyComparer : IEqualityComparer<object>
{
    public static readonly KeyComparer Instance = new();

    /// <summary>Stands for a nil key inside the maps.</summary>
    public static readonly object NilKey = new();

    public static object Wrap(object? key) => key ?? NilKey;

    public static object? Unwrap(object key) => ReferenceEquals(key, NilKey) ? null : key;

    public new bool Equals(object? x, object? y) =>
        RuntimeOps.Equal(x is null ? null : Unwrap(x), y is null ? null : Unwrap(y));

    public int GetHashCode(object obj) => StructuralComparer.Hash(Unwrap(obj));
}
