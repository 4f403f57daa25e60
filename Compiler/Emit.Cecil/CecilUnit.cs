using System.Reflection;
using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;
using Mono.Cecil;
using MethodAttributes = Mono.Cecil.MethodAttributes;
using TypeAttributes = Mono.Cecil.TypeAttributes;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// The Cecil sink for one compilation unit (the program, or one module): its methods are internal
/// static methods of one internal "code class", and its constants are static fields of that class
/// (<see cref="ConstantFields"/>) instead of the array DynamicMethods reach through the closure, so
/// closures it creates carry no constants array. Globals are fields of the assembly's one globals class.
/// Typed methods carry the thread's stack limit as their last parameter (the shared emitter adds it),
/// so their recursion guard is a compare with an argument rather than a thread-static read.
/// </summary>
internal sealed class CecilUnit : IEmitHost
{
    private static readonly Type[] Prefix = [];
    private readonly CecilAssembly _assembly;
    private readonly SourceDocument? _document;
    private readonly ConstantFields _constants;
    private readonly StaticFields _fields;
    private readonly HashSet<string> _methodNames = new(StringComparer.Ordinal);

    /// <param name="moduleClass">The public class of an imported module, for the import's runner.</param>
    public CecilUnit(CecilAssembly assembly, string className, SourceDocument? document, Func<ModuleInfo, Type> moduleClass)
    {
        _assembly = assembly;
        _document = document;
        Class = assembly.DefineClass(className, TypeAttributes.NotPublic, beforeFieldInit: true);
        _fields = new StaticFields(assembly, Class);
        _constants = new ConstantFields(_fields, moduleClass);
        _methodNames.Add(EntryPoint.RunName); // helpers keep their names; a FluentAI function so named becomes name#2
        _methodNames.Add(EntryPoint.MainName);
    }

    /// <summary>The internal class holding the unit's methods and constants.</summary>
    public TypeDefinition Class { get; }

    public SourceDocument? Document => _document;

    public IReadOnlyList<Type> TypedPrefix => Prefix;

    public EmittedMethod DefineMethod(string name, Type returnType, IReadOnlyList<Type> parameterTypes, out IILWriter writer) =>
        _assembly.DefineMethod(Class, UniqueMethodName(name), MethodAttributes.Assembly, returnType, parameterTypes, _document, out writer);

    /// <summary>A method of the code class that is not a FluentAI function (<see cref="EntryPoint"/>'s; its name is reserved).</summary>
    public CecilEmittedMethod DefineHelper(string name, Type returnType, IReadOnlyList<Type> parameterTypes, out IILWriter writer) =>
        _assembly.DefineMethod(Class, name, MethodAttributes.Assembly, returnType, parameterTypes, document: null, out writer);

    public void BeginBody(IILWriter il, bool typed)
    {
        // Constants are static fields: nothing to set up.
    }

    public void EmitConstant(IILWriter il, object value, Type type)
    {
        if (value is BuiltinGuard)
        {
            // An assembly's globals belong to no engine: its code follows the process-wide guard.
            il.Emit(OpCodes.Ldsfld, typeof(BuiltinGuard).GetField(nameof(BuiltinGuard.Process))!);
            return;
        }

        if (value is GlobalSlot slot)
        {
            il.Emit(OpCodes.Ldsfld, _assembly.Globals.Field(slot));
            return;
        }

        if (value is KnownClosureConstant closure && _assembly.ClosureOwners.TryGetValue(closure, out CecilUnit? owner) && owner != this)
        {
            il.Emit(OpCodes.Ldsfld, owner.ConstantField(closure)); // an imported function: the one closure its global holds
            return;
        }

        _constants.Emit(il, value, type);
    }

    public void EmitConstantsArray(IILWriter il) => il.Emit(OpCodes.Ldnull);

    public void EmitCodeDelegate(IILWriter il, EmittedMethod method, Type delegateType) => _constants.EmitDelegate(il, method, delegateType);

    public void EmitTypedPrefixArguments(IILWriter il)
    {
        // Typed methods take no prefix.
    }

    /// <summary>The field of a constant, for code outside the unit's functions (public wrappers).</summary>
    public System.Reflection.FieldInfo ConstantField(object value) => _constants.Field(value);

    /// <summary>Writes the static constructor that makes the constants.</summary>
    public void EmitConstructor() => _fields.EmitConstructor();

    /// <summary>Method names repeat in FluentAI (lambdas, shadowing); the second <c>f</c> is <c>f#2</c>.</summary>
    private string UniqueMethodName(string name)
    {
        string unique = name;
        for (int i = 2; !_methodNames.Add(unique); i++)
        {
            unique = name + "#" + i;
        }

        return unique;
    }
}
