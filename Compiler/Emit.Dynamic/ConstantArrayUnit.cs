using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit.Dynamic;

/// <summary>
/// The in-process sinks for one compilation unit (System.Reflection.Emit). Generated code cannot embed
/// object references, so the unit's constants (global slots, sites, closures of known functions, code
/// delegates, modules) live in one <c>object[]</c> that closure code reaches through
/// <see cref="CompiledClosure.Constants"/> and typed code takes as its first argument. <see cref="Finish"/> fills the array
/// once all IL is written. Subclasses decide where methods live.
/// </summary>
internal abstract class ConstantArrayUnit(Func<ModuleInfo, IModuleRunner> modules, bool keepListings) : IEmitHost
{
    private readonly List<object?> _constants = [];
    private readonly Dictionary<object, int> _indexes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IILWriter, ILLocal> _constantLocals = new(ReferenceEqualityComparer.Instance);
    private readonly WriterDecorators _decorators = new(keepListings);

    /// <summary>Typed methods take the constants array first (data constructors, source sites of their checks).</summary>
    public IReadOnlyList<Type> TypedPrefix { get; } = [typeof(object[])];

    public virtual bool SeparatesBoxedBodies => false;

    /// <summary>In-process code: <c>FluentEngine.Call</c> runs pure functions tentatively on the caller's thread.</summary>
    public bool RunsTentatively => true;

    public virtual bool InlinesLoopCalls => false;

    /// <summary>The IL listing of every method, in the order they were defined (when listings were asked for).</summary>
    public IEnumerable<string> Listings => _decorators.Listings;

    public EmittedMethod DefineMethod(string name, Type returnType, IReadOnlyList<Type> parameterTypes, out IILWriter writer)
    {
        (EmittedMethod emitted, ILGenerator generator) = CreateMethod(name, returnType, parameterTypes);
        writer = _decorators.Wrap(new DynamicILWriter(generator), emitted);
        return emitted;
    }

    public void BeginBody(IILWriter il, bool typed)
    {
        ILLocal constants = il.DeclareLocal(typeof(object[]));
        il.Emit(OpCodes.Ldarg_0);
        if (!typed)
        {
            il.Emit(OpCodes.Ldfld, typeof(CompiledClosure).GetField(nameof(CompiledClosure.Constants))!);
        }

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
        EmitConstant(il, new CodeDelegate(method, delegateType), delegateType);

    public void EmitTypedPrefixArguments(IILWriter il) => il.Emit(OpCodes.Ldloc, _constantLocals[il]);

    /// <summary>Materializes the constants and returns one runnable closure per top-level form.</summary>
    public Closure0[] Finish(EmittedUnit unit)
    {
        _decorators.Complete();

        Complete();
        var constants = new object?[_constants.Count];
        for (int i = 0; i < constants.Length; i++)
        {
            constants[i] = _constants[i] switch
            {
                CodeDelegate code => CreateDelegate(code.Method, code.DelegateType),
                KnownClosureConstant known => MakeKnownClosure(known, constants),
                ModuleConstant module => modules(module.Module),
                var value => value,
            };
        }

        var forms = new Closure0[unit.Forms.Count];
        for (int i = 0; i < forms.Length; i++)
        {
            // A form that only defines a known function stores its closure without running (and compiling) its method.
            forms[i] = unit.Definitions[i] is { } defined && _indexes.TryGetValue(defined.Closure, out int closure)
                ? new Closure0("<top>", DefineFunction, CompiledOps.NoCaptures, [defined.Function.Cell, constants[closure]])
                : (Closure0)MakeClosure("<top>", 0, unit.Forms[i], constants);
        }

        return forms;
    }

    /// <summary>The code of a form that defines a known function: constants are the global and the closure.</summary>
    private static object? DefineFunction(Closure0 form)
    {
        ((GlobalSlot)form.Constants![0]!).Define(form.Constants[1]);
        return null;
    }

    /// <summary>Creates a method and the generator of its body.</summary>
    protected abstract (EmittedMethod Method, ILGenerator Generator) CreateMethod(string name, Type returnType, IReadOnlyList<Type> parameterTypes);

    /// <summary>All IL is written: make the methods callable.</summary>
    protected abstract void Complete();

    protected abstract Delegate CreateDelegate(EmittedMethod method, Type delegateType);

    private CompiledClosure MakeKnownClosure(KnownClosureConstant known, object?[] constants)
    {
        CompiledClosure closure = MakeClosure(known.Name, known.Arity, known.Code, constants);
        closure.TypedEntry = known.TypedEntry;
        return closure;
    }

    private CompiledClosure MakeClosure(string name, int arity, EmittedMethod code, object?[] constants)
    {
        ClosureShape shape = ClosureShape.For(arity);
        Delegate function = CreateDelegate(code, shape.DelegateType);
        object?[] env = CompiledOps.NoCaptures;

        // Constructed directly, not through shape.Constructor.Invoke: reflection would emit and JIT-compile an invoke stub per closure class.
        return shape.Arity switch
        {
            0 => new Closure0(name, (Func<Closure0, object?>)function, env, constants),
            1 => new Closure1(name, (Func<Closure1, object?, object?>)function, env, constants),
            2 => new Closure2(name, (Func<Closure2, object?, object?, object?>)function, env, constants),
            3 => new Closure3(name, (Func<Closure3, object?, object?, object?, object?>)function, env, constants),
            4 => new Closure4(name, (Func<Closure4, object?, object?, object?, object?, object?>)function, env, constants),
            5 => new Closure5(name, (Func<Closure5, object?, object?, object?, object?, object?, object?>)function, env, constants),
            6 => new Closure6(name, (Func<Closure6, object?, object?, object?, object?, object?, object?, object?>)function, env, constants),
            7 => new Closure7(name, (Func<Closure7, object?, object?, object?, object?, object?, object?, object?, object?>)function, env, constants),
            8 => new Closure8(name, (Func<Closure8, object?, object?, object?, object?, object?, object?, object?, object?, object?>)function, env, constants),
            _ => new ClosureN(name, arity, (Func<ClosureN, object?[], object?>)function, env, constants),
        };
    }

    private int Index(object value)
    {
        bool shared = value is not (CodeDelegate or SourceSite or string[]);
        if (!shared || !_indexes.TryGetValue(value, out int index))
        {
            index = _constants.Count;
            _constants.Add(value);
            if (shared)
            {
                _indexes[value] = index;
            }
        }

        return index;
    }

    /// <summary>A delegate over a method of this unit, created once the IL is complete.</summary>
    private sealed record CodeDelegate(EmittedMethod Method, Type DelegateType);
}
