using System.Reflection;
using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Runtime;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;
using Mono.Cecil;
using MethodAttributes = Mono.Cecil.MethodAttributes;
using PropertyAttributes = Mono.Cecil.PropertyAttributes;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>A known function of some unit of the build, found by the global it defines.</summary>
internal sealed record BuiltFunction(CecilUnit Unit, EmittedUnit Emitted, EmittedFunction Function);

/// <summary>
/// The public face of one module: a <c>public static class</c> whose static constructor runs the
/// module's forms (so they run once, before any use), a <c>public static</c> method per exported
/// known function (<c>long Fib(long n)</c> where the typed signature proves it, <c>object</c> otherwise)
/// and a static property per other export.
/// </summary>
internal sealed class ModuleClass(CecilAssembly assembly, TypeDefinition type, ModuleNames names, XmlDocumentation docs)
{
    private static readonly MethodInfo Call = typeof(ClrValues).GetMethod(nameof(ClrValues.Call))!;
    private static readonly MethodInfo Read = typeof(ClrValues).GetMethod(nameof(ClrValues.Read))!;
    private static readonly MethodInfo FromClr = typeof(ClrValues).GetMethod(nameof(ClrValues.FromClr))!;
    private static readonly MethodInfo ToInt64 = typeof(ClrValues).GetMethod(nameof(ClrValues.ToInt64))!;
    private static readonly MethodInfo ToBoolean = typeof(ClrValues).GetMethod(nameof(ClrValues.ToBoolean))!;
    private static readonly MethodInfo Box = typeof(RuntimeOps).GetMethod(nameof(RuntimeOps.Box))!;
    private static readonly MethodInfo StackLimit = typeof(CompiledOps).GetMethod(nameof(CompiledOps.StackLimit))!;

    /// <summary>Writes the class: <paramref name="run"/> runs the module's forms.</summary>
    public void Emit(EmittedMethod run, IReadOnlyDictionary<GlobalCell, BuiltFunction> functions)
    {
        IILWriter constructor = assembly.DefineStaticConstructor(type);
        constructor.Emit(OpCodes.Call, run);
        constructor.Emit(OpCodes.Ret);
        Syntax.SyntaxTree tree = names.Module.Tree ?? throw new InvalidOperationException($"module {names.Module.Name} has no syntax tree");
        docs.AddClass(type.FullName, names.Module.Name, Path.GetFileName(tree.Source.Path));
        foreach (ExportName export in names.Exports)
        {
            GlobalCell cell = names.Module.Exports[export.Name];
            ExportDoc doc = ExportDoc.Find(tree, export.Name);
            if (functions.TryGetValue(cell, out BuiltFunction? function))
            {
                EmitMethod(export.Member, cell, function, doc);
            }
            else
            {
                EmitProperty(export.Member, cell, doc);
            }
        }
    }

    /// <summary>The CLR type a public method shows for a typed-code type: a list is an object.</summary>
    private static Type PublicType(Type type) => type == typeof(FluentList) || IntegerListAnalysis.IsIntegerList(type) ? typeof(object) : type;

    private void EmitMethod(string member, GlobalCell cell, BuiltFunction built, ExportDoc doc)
    {
        EmittedFunction function = built.Function;
        FunctionInfo info = function.Function.Function;
        bool typed = function.Signature is not null && function.TypedCode is not null;
        // C# sees long, bool and object: a value typed code knows to be a list is an object here too.
        Type returnType = typed ? PublicType(function.Signature!.ReturnType) : typeof(object);
        Type[] parameterTypes = typed ? [.. function.Signature!.ParameterTypes.Select(PublicType)] : [.. Enumerable.Repeat(typeof(object), info.ParameterCount)];
        CecilEmittedMethod method = assembly.DefineMethod(type, member, MethodAttributes.Public, returnType, parameterTypes, built.Unit.Document, out IILWriter il);
        var parameters = new List<(string Name, Type Type)>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < info.ParameterCount; i++)
        {
            string name = ClrNames.Camel(info.Locals[i].Name, i);
            for (int n = 2; !used.Add(name); n++)
            {
                name = ClrNames.Camel(info.Locals[i].Name, i) + n;
            }

            method.Definition.Parameters[i].Name = name;
            parameters.Add((name, parameterTypes[i]));
        }

        il.MarkSequencePoint(info.Span);
        if (typed)
        {
            EmitTypedBody(il, cell, built);
        }
        else
        {
            EmitBoxedBody(il, cell, built);
        }

        docs.AddMethod(type.FullName, member, parameters, returnType, doc, typed);
    }

    /// <summary>
    /// The typed method while its guards hold (builtins intact, the globals of every function and data
    /// constructor it calls still holding them), as the closure code's typed entry does; on overflow, or when a guard fails,
    /// a call of whatever the global holds, with the result converted back.
    /// </summary>
    private void EmitTypedBody(IILWriter il, GlobalCell cell, BuiltFunction built)
    {
        EmittedFunction function = built.Function;
        TypedSignature signature = function.Signature!;
        ILLabel general = il.DefineLabel();
        il.Emit(OpCodes.Call, RuntimeMembers.AnyBuiltinRedefined);
        il.Emit(OpCodes.Brtrue, general);
        foreach (KnownFunction dependency in signature.Dependencies)
        {
            EmittedFunction callee = built.Emitted.Functions.Single(f => f.Function == dependency);
            il.Emit(OpCodes.Ldsfld, assembly.Globals.Field(dependency.Cell));
            il.Emit(OpCodes.Callvirt, RuntimeMembers.SlotValue);
            il.Emit(OpCodes.Ldsfld, built.Unit.ConstantField(callee.Closure));
            il.Emit(OpCodes.Bne_Un, general);
        }

        foreach (KnownConstructor constructor in signature.Constructors)
        {
            il.Emit(OpCodes.Ldsfld, assembly.Globals.Field(constructor.Cell));
            il.Emit(OpCodes.Callvirt, RuntimeMembers.SlotValue);
            il.Emit(OpCodes.Ldsfld, built.Unit.ConstantField(constructor.Constructor));
            il.Emit(OpCodes.Bne_Un, general);
        }

        for (int i = 0; i < signature.ParameterCount; i++)
        {
            if (signature.ParameterTypes[i] == typeof(FluentList))
            {
                il.Emit(OpCodes.Ldarg, i);
                il.Emit(OpCodes.Isinst, typeof(FluentList));
                il.Emit(OpCodes.Brfalse, general);
            }
        }

        ILLocal result = il.DeclareLocal(PublicType(signature.ReturnType));
        il.BeginTry();
        for (int i = 0; i < signature.ParameterCount; i++)
        {
            il.Emit(OpCodes.Ldarg, i);
            if (signature.ParameterTypes[i] == typeof(object))
            {
                il.Emit(OpCodes.Call, FromClr);
            }
            else if (signature.ParameterTypes[i] == typeof(FluentList))
            {
                il.Emit(OpCodes.Castclass, typeof(FluentList));
            }
            else if (IntegerListAnalysis.IsIntegerList(signature.ParameterTypes[i]))
            {
                il.Emit(OpCodes.Call, FromClr);
                ILEmitting.EmitEnterIntegerList(il, signature.ParameterTypes[i]); // in the try: anything but a list of integers takes the general call
            }
        }

        il.Emit(OpCodes.Call, StackLimit); // typed methods take the stack limit last
        il.Emit(OpCodes.Call, function.TypedCode!);
        ILEmitting.EmitReturnUnlessOverflow(il, result, general);
        il.MarkLabel(general);
        EmitGeneralCall(il, cell, [.. signature.ParameterTypes.Select(t => t == typeof(long) ? Box : FromClr)]);
        if (signature.ReturnType == typeof(long) || signature.ReturnType == typeof(bool))
        {
            il.Emit(OpCodes.Call, signature.ReturnType == typeof(bool) ? ToBoolean : ToInt64);
        }

        il.Emit(OpCodes.Ret);
    }

    /// <summary>The function's closure code, called directly while its global still holds it; otherwise whatever the global holds.</summary>
    private void EmitBoxedBody(IILWriter il, GlobalCell cell, BuiltFunction built)
    {
        EmittedFunction function = built.Function;
        KnownClosureConstant closure = function.Closure;
        System.Reflection.FieldInfo closureField = built.Unit.ConstantField(closure);
        int arity = closure.Arity;
        ILLabel general = il.DefineLabel();
        il.Emit(OpCodes.Ldsfld, assembly.Globals.Field(cell));
        il.Emit(OpCodes.Callvirt, RuntimeMembers.SlotValue);
        il.Emit(OpCodes.Ldsfld, closureField);
        il.Emit(OpCodes.Bne_Un, general);
        il.Emit(OpCodes.Ldsfld, closureField);
        if (closure.Shape.TakesArray)
        {
            EmitArguments(il, [.. Enumerable.Repeat(FromClr, arity)]);
        }
        else
        {
            for (int i = 0; i < arity; i++)
            {
                il.Emit(OpCodes.Ldarg, i);
                il.Emit(OpCodes.Call, FromClr);
            }
        }

        il.Emit(OpCodes.Call, function.Code);
        il.Emit(OpCodes.Ret);
        il.MarkLabel(general);
        EmitGeneralCall(il, cell, [.. Enumerable.Repeat(FromClr, arity)]);
        il.Emit(OpCodes.Ret);
    }

    /// <summary><c>ClrValues.Call(slot, [convert0(arg0), ...])</c>.</summary>
    private void EmitGeneralCall(IILWriter il, GlobalCell cell, MethodInfo[] converts)
    {
        il.Emit(OpCodes.Ldsfld, assembly.Globals.Field(cell));
        EmitArguments(il, converts);
        il.Emit(OpCodes.Call, Call);
    }

    /// <summary>An argument array of the method's parameters, each converted by its own method.</summary>
    private static void EmitArguments(IILWriter il, MethodInfo[] converts)
    {
        il.Emit(OpCodes.Ldc_I4, converts.Length);
        il.Emit(OpCodes.Newarr, typeof(object));
        for (int i = 0; i < converts.Length; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldarg, i);
            il.Emit(OpCodes.Call, converts[i]);
            il.Emit(OpCodes.Stelem_Ref);
        }
    }

    /// <summary><c>public static object Name { get; }</c>: the exported global's value when read.</summary>
    private void EmitProperty(string member, GlobalCell cell, ExportDoc doc)
    {
        CecilEmittedMethod getter = assembly.DefineMethod(
            type,
            "get_" + member,
            MethodAttributes.Public | MethodAttributes.SpecialName,
            typeof(object),
            [],
            document: null,
            out IILWriter il);
        il.Emit(OpCodes.Ldsfld, assembly.Globals.Field(cell));
        il.Emit(OpCodes.Call, Read);
        il.Emit(OpCodes.Ret);
        var property = new PropertyDefinition(member, PropertyAttributes.None, assembly.Module.TypeSystem.Object) { GetMethod = getter.Definition };
        type.Properties.Add(property);
        docs.AddProperty(type.FullName, member, doc);
    }
}
