using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit.Dynamic;

/// <summary>
/// The long-lived tier: methods in an ordinary assembly built in memory (<see cref="PersistedAssemblyBuilder"/>)
/// and loaded into its own <see cref="AssemblyLoadContext"/>. Dearer to create than DynamicMethods, and
/// never unloaded, but the runtime compiles it like any other code, with tiered compilation and
/// dynamic PGO. Measured here: DynamicMethods, Reflection.Emit's run-time assemblies and assemblies in
/// collectible load contexts are all compiled once at full optimization without profile data, and run
/// recursive integer code about 1.2-2x slower than the same IL in a non-collectible context.
/// </summary>
internal sealed class AssemblyUnit : ConstantArrayUnit
{
    private static int count;
    private readonly PersistedAssemblyBuilder _assembly;
    private readonly TypeBuilder _type;
    private readonly string _name;
    private readonly Dictionary<EmittedMethod, string> _names = [];
    private Type? _loaded;

    public AssemblyUnit(Func<ModuleInfo, IModuleRunner> modules, bool keepListings)
        : base(modules, keepListings)
    {
        _name = $"FluentAI.Tier{Interlocked.Increment(ref count)}";
        _assembly = new PersistedAssemblyBuilder(new AssemblyName(_name), typeof(object).Assembly);
        ModuleBuilder module = _assembly.DefineDynamicModule(_name);
        _type = module.DefineType("Code", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class);
    }

    protected override (EmittedMethod Method, ILGenerator Generator) CreateMethod(string name, Type returnType, IReadOnlyList<Type> parameterTypes)
    {
        string unique = $"{name}#{_names.Count}";
        MethodBuilder method = _type.DefineMethod(unique, MethodAttributes.Public | MethodAttributes.Static, returnType, [.. parameterTypes]);
        method.InitLocals = false;
        var emitted = new ReflectionEmittedMethod(method, name, returnType, parameterTypes);
        _names[emitted] = unique;
        return (emitted, method.GetILGenerator());
    }

    protected override void Complete()
    {
        _type.CreateType();
        using var image = new MemoryStream();
        _assembly.Save(image);
        image.Position = 0;
        var context = new AssemblyLoadContext(_name, isCollectible: false);
        _loaded = context.LoadFromStream(image).GetType("Code", throwOnError: true)!;
    }

    protected override Delegate CreateDelegate(EmittedMethod method, Type delegateType) =>
        _loaded!.GetMethod(_names[method], BindingFlags.Public | BindingFlags.Static)!.CreateDelegate(delegateType);
}
