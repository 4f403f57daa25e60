using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Runtime.Versioning;
using Mono.Cecil;
using Mono.Cecil.Cil;
using TypeAttributes = Mono.Cecil.TypeAttributes;
using MethodAttributes = Mono.Cecil.MethodAttributes;
using ParameterAttributes = Mono.Cecil.ParameterAttributes;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// The assembly being built: its Cecil module, the importer that points base-library types at the
/// reference assemblies, the generated classes and methods, and every method's writer, completed
/// together before the image and its portable PDB are written.
/// </summary>
internal sealed class CecilAssembly
{
    private readonly bool _debug;
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
    private readonly List<CecilILWriter> _writers = [];
    private readonly WriterDecorators _decorators;

    public CecilAssembly(string name, string @namespace, bool executable, bool keepListings, bool debug)
    {
        _decorators = new WriterDecorators(keepListings);
        _debug = debug;
        Namespace = @namespace;
        AssemblyNameReference systemRuntime = FrameworkReference.SystemRuntime.NewReference();
        Definition = AssemblyDefinition.CreateAssembly(
            new AssemblyNameDefinition(name, new Version(1, 0, 0, 0)),
            name + ".dll",
            new ModuleParameters
            {
                Kind = executable ? ModuleKind.Console : ModuleKind.Dll,
                Runtime = TargetRuntime.Net_4_0,
                ReflectionImporterProvider = new ReferenceAssemblyImporter.Provider(systemRuntime),
            });
        Module = Definition.MainModule;
        Module.AssemblyReferences.Add(systemRuntime); // first, so Cecil's type system takes it as the core library
        Importer = new CecilImporter(Module);
        Globals = new GlobalSlots(new StaticFields(this, DefineClass("<Globals>", TypeAttributes.NotPublic, beforeFieldInit: true)));
    }

    public AssemblyDefinition Definition { get; }

    public ModuleDefinition Module { get; }

    public CecilImporter Importer { get; }

    public string Namespace { get; }

    /// <summary>The program globals of every unit in one class (imports share cells across units).</summary>
    public GlobalSlots Globals { get; }

    /// <summary>The unit whose code class holds each known function's closure: a unit that calls an imported function reads that field.</summary>
    public Dictionary<KnownClosureConstant, CecilUnit> ClosureOwners { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The IL listing of every method in definition order (when listings were asked for).</summary>
    public IEnumerable<string> Listings => _decorators.Listings;

    /// <summary>A static class (abstract sealed) in <see cref="Namespace"/>; the name is made unique if taken.</summary>
    public TypeDefinition DefineClass(string name, TypeAttributes visibility, bool beforeFieldInit)
    {
        string unique = name;
        for (int i = 2; !_typeNames.Add(unique); i++)
        {
            unique = name + "#" + i;
        }

        TypeAttributes attributes = visibility | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class
            | (beforeFieldInit ? TypeAttributes.BeforeFieldInit : 0);
        var type = new TypeDefinition(Namespace, unique, attributes, Module.TypeSystem.Object);
        Module.Types.Add(type);
        return type;
    }

    /// <summary>Defines a static method and the writer of its body (decorated for listings, and verified in debug builds).</summary>
    public CecilEmittedMethod DefineMethod(
        TypeDefinition owner,
        string name,
        MethodAttributes attributes,
        Type returnType,
        IReadOnlyList<Type> parameterTypes,
        SourceDocument? document,
        out IILWriter writer)
    {
        var method = new MethodDefinition(name, attributes | MethodAttributes.Static | MethodAttributes.HideBySig, Importer.Type(returnType));
        for (int i = 0; i < parameterTypes.Count; i++)
        {
            method.Parameters.Add(new ParameterDefinition(i == 0 ? "closure" : "arg" + i, ParameterAttributes.None, Importer.Type(parameterTypes[i])));
        }

        owner.Methods.Add(method);
        var emitted = new CecilEmittedMethod(method, name, returnType, parameterTypes);
        var cecil = new CecilILWriter(method, Importer, document);
        _writers.Add(cecil);
        writer = _decorators.Wrap(cecil, emitted);
        return emitted;
    }

    /// <summary>The static constructor of <paramref name="owner"/>.</summary>
    public IILWriter DefineStaticConstructor(TypeDefinition owner)
    {
        DefineMethod(
            owner,
            ".cctor",
            MethodAttributes.Private | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
            typeof(void),
            [],
            document: null,
            out IILWriter writer);
        return writer;
    }

    /// <summary>Finishes every method body and writes the image and its portable PDB.</summary>
    public (byte[] Image, byte[] Pdb) Write()
    {
        Globals.EmitConstructor();
        _decorators.Complete();

        foreach (CecilILWriter writer in _writers)
        {
            writer.Complete();
        }

        AddAssemblyAttributes();
        using var image = new MemoryStream();
        using var pdb = new MemoryStream();
        Definition.Write(image, new WriterParameters
        {
            WriteSymbols = true,
            SymbolStream = pdb,
            SymbolWriterProvider = new PortablePdbWriterProvider(),
            DeterministicMvid = true,
        });
        return (image.ToArray(), pdb.ToArray());
    }

    private void AddAssemblyAttributes()
    {
        var targetFramework = new CustomAttribute(Importer.Method(typeof(TargetFrameworkAttribute).GetConstructor([typeof(string)])!));
        targetFramework.ConstructorArguments.Add(new CustomAttributeArgument(Module.TypeSystem.String, FrameworkReference.TargetFramework));
        targetFramework.Properties.Add(new Mono.Cecil.CustomAttributeNamedArgument(
            nameof(TargetFrameworkAttribute.FrameworkDisplayName),
            new CustomAttributeArgument(Module.TypeSystem.String, FrameworkReference.TargetFrameworkDisplayName)));
        Definition.CustomAttributes.Add(targetFramework);

        var relaxations = new CustomAttribute(Importer.Method(typeof(CompilationRelaxationsAttribute).GetConstructor([typeof(int)])!));
        relaxations.ConstructorArguments.Add(new CustomAttributeArgument(Module.TypeSystem.Int32, (int)CompilationRelaxations.NoStringInterning));
        Definition.CustomAttributes.Add(relaxations);

        var compatibility = new CustomAttribute(Importer.Method(typeof(RuntimeCompatibilityAttribute).GetConstructor(Type.EmptyTypes)!));
        compatibility.Properties.Add(new Mono.Cecil.CustomAttributeNamedArgument(
            nameof(RuntimeCompatibilityAttribute.WrapNonExceptionThrows),
            new CustomAttributeArgument(Module.TypeSystem.Boolean, true)));
        Definition.CustomAttributes.Add(compatibility);

        // Optimized code, debuggable through the PDB (a C# Release build); with debug, JIT tracking on and the optimizer off (a Debug build).
        var debuggable = new CustomAttribute(Importer.Method(typeof(System.Diagnostics.DebuggableAttribute).GetConstructor([typeof(bool), typeof(bool)])!));
        debuggable.ConstructorArguments.Add(new CustomAttributeArgument(Module.TypeSystem.Boolean, _debug));
        debuggable.ConstructorArguments.Add(new CustomAttributeArgument(Module.TypeSystem.Boolean, _debug));
        Definition.CustomAttributes.Add(debuggable);
    }
}
