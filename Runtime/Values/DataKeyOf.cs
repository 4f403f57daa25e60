namespace FluentAI.Runtime.Values;

/// <summary>The <see cref="DataKey"/> of a key type, looked up once per key type (the shape classes' <see cref="DataValue.Key"/>).</summary>
internal static class DataKeyOf<TKey>
    where TKey : class
{
    public static readonly DataKey Key = DataKey.Of(typeof(TKey));
}
