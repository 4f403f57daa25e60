using System.Reflection;
using System.Reflection.Emit;
using Mono.Cecil;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// Turns the System.Reflection members the emitter names into references of the module being built,
/// once each. Members generated here (static fields, classes) are named to the emitter and its
/// decorators by mirror objects: a <see cref="TypeBuilder"/> and <see cref="FieldBuilder"/>s in a
/// never-saved <see cref="PersistedAssemblyBuilder"/>, which carry the names and field types that
/// listings and the IL verifier read and map back to the Cecil definitions here.
/// </summary>
internal sealed class CecilImporter
{
    private readonly ModuleDefinition _module;
    private readonly Dictionary<Type, TypeReference> _types = [];
    private readonly Dictionary<MethodBase, MethodReference> _methods = [];
    private readonly Dictionary<FieldInfo, FieldReference> _fields = [];
    private readonly ModuleBuilder _mirrors;
    private readonly Dictionary<Type, TypeDefinition> _mirroredTypes = [];
    private readonly Dictionary<FieldInfo, FieldDefinition> _mirroredFields = [];

    public CecilImporter(ModuleDefinition module)
    {
        _module = module;
        var mirrorAssembly = new PersistedAssemblyBuilder(new AssemblyName("fluentc.mirrors"), typeof(object).Assembly);
        _mirrors = mirrorAssembly.DefineDynamicModule("fluentc.mirrors");
    }

    public ModuleDefinition Module => _module;

    /// <summary>A stand-in <see cref="Type"/> for a generated class (for <c>ldtoken</c>, listings and mirror fields).</summary>
    public TypeBuilder Mirror(TypeDefinition type)
    {
        TypeBuilder mirror = _mirrors.DefineType(type.FullName, System.Reflection.TypeAttributes.Public);
        _mirroredTypes[mirror] = type;
        return mirror;
    }

    /// <summary>A stand-in <see cref="FieldInfo"/> for a static field of a generated class.</summary>
    public FieldInfo Mirror(TypeBuilder owner, FieldDefinition field, Type fieldType)
    {
        FieldBuilder mirror = owner.DefineField(field.Name, fieldType, System.Reflection.FieldAttributes.Public | System.Reflection.FieldAttributes.Static);
        _mirroredFields[mirror] = field;
        return mirror;
    }

    public TypeReference Type(Type type)
    {
        if (_mirroredTypes.TryGetValue(type, out TypeDefinition? generated))
        {
            return generated;
        }

        if (!_types.TryGetValue(type, out TypeReference? reference))
        {
            reference = _module.ImportReference(type);
            _types[type] = reference;
        }

        return reference;
    }

    public MethodReference Method(MethodBase method)
    {
        if (!_methods.TryGetValue(method, out MethodReference? reference))
        {
            reference = _module.ImportReference(method);
            _methods[method] = reference;
        }

        return reference;
    }

    public FieldReference Field(FieldInfo field)
    {
        if (_mirroredFields.TryGetValue(field, out FieldDefinition? generated))
        {
            return generated;
        }

        if (!_fields.TryGetValue(field, out FieldReference? reference))
        {
            reference = _module.ImportReference(field);
            _fields[field] = reference;
        }

        return reference;
    }
}
