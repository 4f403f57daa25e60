using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit.Dynamic;

/// <summary>
/// The DynamicMethod sink for one compilation unit. Methods are DynamicMethods (collectible); the
/// unit's constants (global slots, sites, closures of known functions, code delegates) live in one
/// <c>object[]</c> that closure code reaches through <see cref="CompiledClosure.Constants"/> and typed
/// code receives as its first argument. <see cref="Finish"/> fills that array once all IL is written.
/// </summary>
internal sealed class DynamicUnit(Func<ModuleInfo, IModuleRunner> modules, bool keepListings) : IEmitHost
{
    private static readonly Type[] Prefix = [];
    private readonly List<object?> _constants = [];
    private readonly Dictionary<object, int> _indexes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IILWriter, ILLocal> _constantLocals = new(ReferenceEqualityComparer.Instance);
    private readonly List<VerifyingILWriter> _verifiers = [];
    private readonly List<LoggingILWriter> _listings = [];

    public IReadOnlyList<Type> TypedPrefix => Prefix;

    /// <summary>The IL listing of every method, in the order they were defined (when listings were asked for).</summary>
    public IEnumerable<string> Listings => _listings.Select(l => l.Listing);

    public EmittedMethod DefineMethod(string name, Type returnType, IReadOnlyList<Type> parameterTypes, out IILWriter writer)
    {
        var method = new DynamicMethod(name, returnType, [.. parameterTypes], typeof(DynamicUnit).Module, skipVisibility: true);
        var emitted = new DynamicEmittedMethod(method, parameterTypes);
        writer = new DynamicILWriter(method.GetILGenerator());
        if (keepListings)
        {
            var logging = new LoggingILWriter(writer, emitted);
            _listings.Add(logging);
            writer = logging;
        }
#if DEBUG
        var verifying = new VerifyingILWriter(writer, emitted);
        _verifiers.Add(verifying);
        writer = verifying;
#endif
        return emitted;
    }

    public void BeginBody(IILWriter il, bool typed)
    {
        if (typed)
        {
            return; // typed code uses no constants
        }

        ILLocal constants = il.DeclareLocal(typeof(object[]));
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, typeof(CompiledClosure).GetField(nameof(CompiledClosure.Constants))!);
        il.Emit(OpCodes.Stloc, constants);
        _constantLocals[il] = constants;
    }

    public void EmitConstant(IILWriter il, object value, Type type)
    {
        il.Emit(OpCodes.Ldloc, _constantLocals[il]);
        il.Emit(OpCodes.Ldc_I4, Index(value));
        il.Emit(OpCodes.Ldelem_Ref);
        if (type != typeof(object))
        {
            // A sealed runtime type casts with one exact type compare.
            Type actual = value switch
            {
                KnownClosureConstant known => known.Shape.ClosureType,
                _ => value.GetType(),
            };
            il.Emit(OpCodes.Castclass, actual.IsSealed && actual.IsPublic && type.IsAssignableFrom(actual) ? actual : type);
        }
    }

    public void EmitConstantsArray(IILWriter il) => il.Emit(OpCodes.Ldloc, _constantLocals[il]);

    public void EmitCodeDelegate(IILWriter il, EmittedMethod method, Type delegateType) =>
        EmitConstant(il, new CodeDelegate((DynamicEmittedMethod)method, delegateType), delegateType);

    public void EmitTypedPrefixArguments(IILWriter il)
    {
        // Typed methods take no prefix here.
    }

    public void EmitStackCheck(IILWriter il, bool typed) => il.Emit(OpCodes.Call, RuntimeMembers.CheckStack);

    /// <summary>Materializes the constants and returns one runnable closure per top-level form.</summary>
    public Closure0[] Finish(EmittedUnit unit)
    {
        foreach (VerifyingILWriter verifier in _verifiers)
        {
            verifier.Complete();
        }

        var constants = new object?[_constants.Count];
        for (int i = 0; i < constants.Length; i++)
        {
            constants[i] = _constants[i] switch
            {
                CodeDelegate code => code.Method.Method.CreateDelegate(code.DelegateType),
                KnownClosureConstant known => MakeClosure(known.Name, known.Arity, (DynamicEmittedMethod)known.Code, constants),
                ModuleConstant module => modules(module.Module),
                var value => value,
            };
        }

        var forms = new Closure0[unit.Forms.Count];
        for (int i = 0; i < forms.Length; i++)
        {
            forms[i] = (Closure0)MakeClosure("<top>", 0, (DynamicEmittedMethod)unit.Forms[i], constants);
        }

        return forms;
    }

    private static CompiledClosure MakeClosure(string name, int arity, DynamicEmittedMethod code, object?[] constants)
    {
        ClosureShape shape = ClosureShape.For(arity);
        Delegate function = code.Method.CreateDelegate(shape.DelegateType);
        object?[] args = shape.TakesArray
            ? [name, arity, function, CompiledOps.NoCaptures, constants]
            : [name, function, CompiledOps.NoCaptures, constants];
        return (CompiledClosure)shape.Constructor.Invoke(args);
    }

    private int Index(object value)
    {
        if (value is CodeDelegate or SourceSite or string[] || !_indexes.TryGetValue(value, out int index))
        {
            index = _constants.Count;
            _constants.Add(value);
            if (value is not (CodeDelegate or SourceSite or string[]))
            {
                _indexes[value] = index;
            }
        }

        return index;
    }

    /// <summary>A delegate over a method of this unit, created once the IL is complete.</summary>
    private sealed record CodeDelegate(DynamicEmittedMethod Method, Type DelegateType);
}
