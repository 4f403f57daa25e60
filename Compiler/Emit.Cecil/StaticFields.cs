using System.Reflection.Emit;
using Mono.Cecil;
using FieldAttributes = Mono.Cecil.FieldAttributes;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// The <c>static readonly</c> fields of one generated class and the static constructor that
/// initializes them, in the order they were added. Each field is named to the emitter by a mirror
/// <see cref="System.Reflection.FieldInfo"/> (see <see cref="CecilImporter"/>); its initializer runs when
/// the constructor is written, after all other code, so it may describe things collected meanwhile.
/// </summary>
internal sealed class StaticFields
{
    private readonly CecilAssembly _assembly;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<(System.Reflection.FieldInfo Field, Action<IILWriter> Initialize)> _fields = [];

    public StaticFields(CecilAssembly assembly, TypeDefinition owner)
    {
        _assembly = assembly;
        Owner = owner;
        Mirror = assembly.Importer.Mirror(owner);
    }

    public TypeDefinition Owner { get; }

    /// <summary>The owner as a <see cref="Type"/> for the emitter (<c>ldtoken</c>, listings).</summary>
    public TypeBuilder Mirror { get; }

    public int Count => _fields.Count;

    /// <summary>Adds a field; <paramref name="initialize"/> pushes its value in the static constructor.</summary>
    public System.Reflection.FieldInfo Add(string name, Type type, Action<IILWriter> initialize)
    {
        string unique = name;
        for (int i = 2; !_names.Add(unique); i++)
        {
            unique = name + "#" + i;
        }

        var field = new FieldDefinition(unique, FieldAttributes.Assembly | FieldAttributes.Static | FieldAttributes.InitOnly, _assembly.Importer.Type(type));
        Owner.Fields.Add(field);
        System.Reflection.FieldInfo mirror = _assembly.Importer.Mirror(Mirror, field, type);
        _fields.Add((mirror, initialize));
        return mirror;
    }

    /// <summary>Writes the static constructor (none when there are no fields).</summary>
    public void EmitConstructor()
    {
        if (_fields.Count == 0)
        {
            return;
        }

        IILWriter il = _assembly.DefineStaticConstructor(Owner);
        foreach ((System.Reflection.FieldInfo field, Action<IILWriter> initialize) in _fields)
        {
            initialize(il);
            il.Emit(OpCodes.Stsfld, field);
        }

        il.Emit(OpCodes.Ret);
    }
}
