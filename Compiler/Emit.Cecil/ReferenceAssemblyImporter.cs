using System.Reflection;
using Mono.Cecil;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// Imports System.Reflection members into the assembly being built so that base-library types point at
/// the reference assembly <c>System.Runtime</c> (<see cref="FrameworkReference"/>), as a C# compiler's
/// output does; a type System.Runtime does not expose is a fluentc bug and fails loudly here.
/// FluentAI.Runtime members keep their own assembly.
/// </summary>
internal sealed class ReferenceAssemblyImporter(ModuleDefinition module, AssemblyNameReference systemRuntime) : DefaultReflectionImporter(module)
{
    private const string CoreLibrary = "System.Private.CoreLib";

    public override AssemblyNameReference ImportReference(AssemblyName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Name == CoreLibrary ? systemRuntime : base.ImportReference(name);
    }

    public override TypeReference ImportReference(Type type, IGenericParameterProvider context)
    {
        TypeReference reference = base.ImportReference(type, context);
        Check(reference);
        return reference;
    }

    public override FieldReference ImportReference(FieldInfo field, IGenericParameterProvider context)
    {
        FieldReference reference = base.ImportReference(field, context);
        Check(reference.DeclaringType);
        Check(reference.FieldType);
        return reference;
    }

    public override MethodReference ImportReference(MethodBase method, IGenericParameterProvider context)
    {
        MethodReference reference = base.ImportReference(method, context);
        Check(reference.DeclaringType);
        Check(reference.ReturnType);
        foreach (ParameterDefinition parameter in reference.Parameters)
        {
            Check(parameter.ParameterType);
        }

        return reference;
    }

    private void Check(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                Check(generic.ElementType);
                foreach (TypeReference argument in generic.GenericArguments)
                {
                    Check(argument);
                }

                return;
            case TypeSpecification specification:
                Check(specification.ElementType);
                return;
            case GenericParameter:
                return;
        }

        if (type.IsNested)
        {
            Check(type.DeclaringType);
        }
        else if (type.Scope == systemRuntime && !FrameworkReference.SystemRuntime.Exposes(type.FullName))
        {
            throw new InvalidOperationException($"{type.FullName} is not in the reference assembly System.Runtime ({FrameworkReference.SystemRuntime.Path})");
        }
    }

    /// <summary>Hands Cecil this importer for the one module it was made for.</summary>
    public sealed class Provider(AssemblyNameReference systemRuntime) : IReflectionImporterProvider
    {
        public IReflectionImporter GetReflectionImporter(ModuleDefinition module) => new ReferenceAssemblyImporter(module, systemRuntime);
    }
}
