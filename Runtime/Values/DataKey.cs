using System.Collections.Concurrent;

namespace FluentAI.Runtime.Values;

/// <summary>
/// A constructor's name and arity, and the CLR types of its values. Data values are matched by name and
/// arity (two programs, engines or assemblies that declare <c>(Node l v r)</c> build values that match
/// each other's patterns), so the key is process-wide: one per name and arity, whose key type
/// (<see cref="DataKeyTypes"/>) the shape classes of its values are instantiated over.
/// <para>
/// Key types are never unloaded (they are generic instantiations over the runtime's own types); there is
/// one per constructor name and arity used in the process, whatever the number of engines.
/// </para>
/// </summary>
internal sealed class DataKey
{
    private static readonly ConcurrentDictionary<(string Name, int Arity), DataKey> ByName = new();
    private static readonly ConcurrentDictionary<Type, DataKey> ByType = new();
    private static readonly Lock Registering = new();

    private DataKey(string name, int arity, Type keyType)
    {
        Name = name;
        Arity = arity;
        KeyType = keyType;
        Factory = (DataFactory)Activator.CreateInstance(typeof(DataFactory<>).MakeGenericType(keyType))!;
        Nullary = arity == 0 ? Factory.Make() : null;
    }

    /// <summary>The constructor's name, interned.</summary>
    public string Name { get; }

    public int Arity { get; }

    /// <summary>The type the shape classes of the values are instantiated over.</summary>
    public Type KeyType { get; }

    /// <summary>Builds values of this constructor for code that does not name their shape class.</summary>
    public DataFactory Factory { get; }

    /// <summary>The one value of a constructor without fields; null for the others.</summary>
    public DataValue? Nullary { get; }

    /// <summary>The key of the constructor named <paramref name="name"/> with <paramref name="arity"/> fields.</summary>
    public static DataKey For(string name, int arity)
    {
        if (ByName.TryGetValue((name, arity), out DataKey? key))
        {
            return key;
        }

        lock (Registering)
        {
            if (ByName.TryGetValue((name, arity), out key))
            {
                return key;
            }

            string interned = string.Intern(name);
            Type keyType = DataKeyTypes.For(interned, arity);
            if (ByType.TryGetValue(keyType, out DataKey? other))
            {
                // 64-bit hashes of two different names and arities that agree: values of the two could not be told apart.
                throw new InvalidOperationException(
                    $"the data constructors {other.Name}/{other.Arity} and {name}/{arity} have the same key; rename one of them");
            }

            key = new DataKey(interned, arity, keyType);
            ByType[keyType] = key;
            ByName[(name, arity)] = key;
            return key;
        }
    }

    /// <summary>The key a key type was made for, if this process made it.</summary>
    public static DataKey? Find(Type keyType) => ByType.GetValueOrDefault(keyType);

    /// <summary>The key a key type was made for (<see cref="For"/> made it before any value of it existed).</summary>
    public static DataKey Of(Type keyType) =>
        ByType.TryGetValue(keyType, out DataKey? key)
            ? key
            : throw new InvalidOperationException($"no data constructor has the key type {keyType}");
}
