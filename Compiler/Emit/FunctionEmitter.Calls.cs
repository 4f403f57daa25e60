using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit;

internal sealed partial class FunctionEmitter
{
    private readonly Dictionary<Type, ILLocal> _closureLocals = [];

    /// <summary>
    /// A call. The operator is evaluated first, unless it is a global, which is read after the
    /// arguments (as the VM does). A known function is called directly while its global still holds it.
    /// </summary>
    private void EmitCall(CallExpr call, bool tail)
    {
        ILLabel done = _il.DefineLabel();
        ILLocal callee;
        ILLocal[] args;
        if (call.Callee is GlobalLoadExpr global)
        {
            args = EvaluateToTemps(call.Arguments);
            _il.MarkSequencePoint(call.Span); // the call itself, once its arguments are ready
            KnownFunction? known = _unit.Known.Callee(call);
            if (known is not null && known.Function.ParameterCount == args.Length)
            {
                EmitKnownCall(call, known, args, tail, done);
            }
            else if (RuntimeMembers.Intrinsic(global.Cell, args.Length) is { } intrinsic)
            {
                EmitIntrinsic(intrinsic, args, tail, done);
            }

            EmitGlobalValue(global.Cell, call.Span);
            callee = Temp();
            _il.Emit(OpCodes.Stloc, callee);
        }
        else
        {
            EmitExpr(call.Callee);
            callee = Temp();
            _il.Emit(OpCodes.Stloc, callee);
            args = EvaluateToTemps(call.Arguments);
            _il.MarkSequencePoint(call.Span);
        }

        EmitUnknownCall(call, callee, args, tail);
        if (!tail)
        {
            _il.MarkLabel(done);
        }

        ReleaseAll(args);
        Release(callee);
    }

    /// <summary>
    /// The direct path of a call to a known function, guarded by its global still holding the
    /// function's closure; falls through to the generic path when it does not.
    /// </summary>
    private void EmitKnownCall(CallExpr call, KnownFunction known, ILLocal[] args, bool tail, ILLabel done)
    {
        KnownClosureConstant closure = _unit.KnownClosureOf(known);
        ILLabel generic = _il.DefineLabel();
        _host.EmitConstant(_il, known.Cell, typeof(GlobalSlot));
        _il.Emit(OpCodes.Callvirt, RuntimeMembers.SlotValue);
        _host.EmitConstant(_il, closure, closure.Shape.ClosureType);
        _il.Emit(OpCodes.Bne_Un, generic);
        if (tail && TailCalls.Classify(call, _function, _unit.Known) == TailCallKind.SelfLoop)
        {
            // All arguments are already in temporaries, so the parameters can be overwritten in any order.
            for (int i = 0; i < args.Length; i++)
            {
                _il.Emit(OpCodes.Ldloc, args[i]);
                _il.Emit(OpCodes.Stloc, Slot(_function.Locals[i]));
            }

            _il.Emit(OpCodes.Br, _start);
        }
        else
        {
            if (!tail)
            {
                ILEmitting.EmitStackCheck(_il, Site(call.Span));
            }

            _host.EmitConstant(_il, closure, closure.Shape.ClosureType);
            EmitArguments(args, closure.Shape);
            if (tail)
            {
                _il.Emit(OpCodes.Tailcall);
            }

            _il.Emit(OpCodes.Call, _unit.CodeOf(known.Function, known.Lambda.Body));
            EmitReturnOrJump(tail, done);
        }

        _il.MarkLabel(generic);
    }

    /// <summary>
    /// A call of any value: a compiled closure of the right arity is invoked through its code delegate
    /// (with <c>tail.</c> in tail position); anything else goes through the runtime's call helper.
    /// </summary>
    private void EmitUnknownCall(CallExpr call, ILLocal callee, ILLocal[] args, bool tail)
    {
        ClosureShape shape = ClosureShape.For(args.Length);
        if (shape.TakesArray)
        {
            ILLocal array = _il.DeclareLocal(typeof(object[]));
            EmitArguments(args, shape);
            _il.Emit(OpCodes.Stloc, array);
            _il.Emit(OpCodes.Ldloc, callee);
            _il.Emit(OpCodes.Ldloc, array);
            EmitSite(call.Span);
            _il.Emit(OpCodes.Call, RuntimeMembers.CallN);
            if (tail)
            {
                _il.Emit(OpCodes.Ret);
            }

            return;
        }

        ILLabel slow = _il.DefineLabel();
        ILLabel done = _il.DefineLabel();
        ILLocal closure = ClosureLocal(shape.ClosureType);
        _il.Emit(OpCodes.Ldloc, callee);
        _il.Emit(OpCodes.Isinst, shape.ClosureType);
        _il.Emit(OpCodes.Stloc, closure);
        _il.Emit(OpCodes.Ldloc, closure);
        _il.Emit(OpCodes.Brfalse, slow);
        if (!tail)
        {
            ILEmitting.EmitStackCheck(_il, Site(call.Span));
        }

        _il.Emit(OpCodes.Ldloc, closure);
        _il.Emit(OpCodes.Ldfld, shape.CodeField);
        _il.Emit(OpCodes.Ldloc, closure);
        EmitArguments(args, shape);
        if (tail)
        {
            _il.Emit(OpCodes.Tailcall);
        }

        _il.Emit(OpCodes.Callvirt, shape.Invoke);
        EmitReturnOrJump(tail, done);
        _il.MarkLabel(slow);
        _il.Emit(OpCodes.Ldloc, callee);
        if (args.Length < RuntimeMembers.Calls.Length)
        {
            EmitArguments(args, ClosureShape.For(0));
            EmitSite(call.Span);
            _il.Emit(OpCodes.Call, RuntimeMembers.Calls[args.Length]);
        }
        else
        {
            EmitArgumentArray(args);
            EmitSite(call.Span);
            _il.Emit(OpCodes.Call, RuntimeMembers.CallN);
        }

        if (tail)
        {
            _il.Emit(OpCodes.Ret);
        }

        _il.MarkLabel(done);
    }

    /// <summary>
    /// A builtin with a fast path, while no builtin was redefined: the fast path's value, unless it
    /// answers <see cref="Runtime.Compiled.Intrinsics.Miss"/>; then (and otherwise) the generic call of the builtin follows.
    /// </summary>
    private void EmitIntrinsic(System.Reflection.MethodInfo intrinsic, ILLocal[] args, bool tail, ILLabel done)
    {
        ILLabel generic = _il.DefineLabel();
        ILLocal result = Temp();
        EmitBranchIfBuiltinsRedefined(generic);
        foreach (ILLocal arg in args)
        {
            _il.Emit(OpCodes.Ldloc, arg);
        }

        _il.Emit(OpCodes.Call, intrinsic);
        _il.Emit(OpCodes.Stloc, result);
        _il.Emit(OpCodes.Ldloc, result);
        _il.Emit(OpCodes.Ldsfld, RuntimeMembers.IntrinsicMiss);
        _il.Emit(OpCodes.Beq, generic);
        _il.Emit(OpCodes.Ldloc, result);
        EmitReturnOrJump(tail, done);
        _il.MarkLabel(generic);
        Release(result);
    }

    private void EmitReturnOrJump(bool tail, ILLabel done)
    {
        if (tail)
        {
            _il.Emit(OpCodes.Ret);
        }
        else
        {
            _il.Emit(OpCodes.Br, done);
        }
    }

    /// <summary>Pushes the arguments one by one, or as one array for the array shape.</summary>
    private void EmitArguments(ILLocal[] args, ClosureShape shape)
    {
        if (!shape.TakesArray)
        {
            foreach (ILLocal arg in args)
            {
                _il.Emit(OpCodes.Ldloc, arg);
            }

            return;
        }

        EmitArgumentArray(args);
    }

    private void EmitArgumentArray(ILLocal[] args)
    {
        _il.Emit(OpCodes.Ldc_I4, args.Length);
        _il.Emit(OpCodes.Newarr, typeof(object));
        for (int i = 0; i < args.Length; i++)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldc_I4, i);
            _il.Emit(OpCodes.Ldloc, args[i]);
            _il.Emit(OpCodes.Stelem_Ref);
        }
    }

    private ILLocal ClosureLocal(Type closureType)
    {
        if (!_closureLocals.TryGetValue(closureType, out ILLocal? local))
        {
            local = _il.DeclareLocal(closureType);
            _closureLocals[closureType] = local;
        }

        return local;
    }

    /// <summary>
    /// The generic entry of a typed function: while no builtin operator was redefined, the arguments are
    /// fixnums and the globals of every function and data constructor its typed code calls still hold them, it runs the typed
    /// code; integer overflow abandons that (the code is pure) and the call reruns on the boxed body
    /// below, with typed code off for everything the rerun calls.
    /// </summary>
    private void EmitTypedEntry(TypedSignature signature)
    {
        ILLabel generic = _il.DefineLabel();
        ILLabel rerun = _il.DefineLabel();
        EmitBranchIfBuiltinsRedefined(generic);
        _il.Emit(OpCodes.Call, RuntimeMembers.TypedAllowed);
        _il.Emit(OpCodes.Brfalse, generic);
        for (int i = 0; i < signature.ParameterCount; i++)
        {
            if (signature.ParameterTypes[i] != typeof(object) && !IntegerListAnalysis.IsIntegerList(signature.ParameterTypes[i]))
            {
                _il.Emit(OpCodes.Ldloc, Slot(_function.Locals[i]));
                _il.Emit(OpCodes.Isinst, signature.ParameterTypes[i]); // long or FluentList
                _il.Emit(OpCodes.Brfalse, generic);
            }
        }

        foreach (KnownFunction dependency in signature.Dependencies)
        {
            KnownClosureConstant closure = _unit.KnownClosureOf(dependency);
            _host.EmitConstant(_il, dependency.Cell, typeof(GlobalSlot));
            _il.Emit(OpCodes.Callvirt, RuntimeMembers.SlotValue);
            _host.EmitConstant(_il, closure, closure.Shape.ClosureType);
            _il.Emit(OpCodes.Bne_Un, generic);
        }

        foreach (KnownConstructor constructor in signature.Constructors)
        {
            _host.EmitConstant(_il, constructor.Cell, typeof(GlobalSlot));
            _il.Emit(OpCodes.Callvirt, RuntimeMembers.SlotValue);
            _host.EmitConstant(_il, constructor.Constructor, typeof(Runtime.Values.DataConstructor));
            _il.Emit(OpCodes.Bne_Un, generic);
        }

        ILLocal result = _il.DeclareLocal(typeof(object));
        _il.BeginTry();
        _unit.EmitTypedPrefixArguments(_il, _function);
        for (int i = 0; i < signature.ParameterCount; i++)
        {
            _il.Emit(OpCodes.Ldloc, Slot(_function.Locals[i]));
            if (signature.ParameterTypes[i] == typeof(long))
            {
                _il.Emit(OpCodes.Unbox_Any, typeof(long));
            }
            else if (IntegerListAnalysis.IsIntegerList(signature.ParameterTypes[i]))
            {
                ILEmitting.EmitEnterIntegerList(_il, signature.ParameterTypes[i]); // in the try: anything but a list of integers reruns boxed
            }
            else if (signature.ParameterTypes[i] != typeof(object))
            {
                _il.Emit(OpCodes.Castclass, signature.ParameterTypes[i]);
            }
        }

        _il.Emit(OpCodes.Call, RuntimeMembers.StackLimit);
        _il.Emit(OpCodes.Call, _unit.TypedCodeOf(_function));
        if (signature.ReturnType == typeof(long) || signature.ReturnType == typeof(bool))
        {
            _il.Emit(OpCodes.Call, signature.ReturnType == typeof(bool) ? RuntimeMembers.Bool : RuntimeMembers.Box);
        }

        ILEmitting.EmitReturnUnlessOverflow(_il, result, rerun);

        // Overflow: the whole call reruns boxed, with typed code off for everything it calls.
        _il.MarkLabel(rerun);
        _il.Emit(OpCodes.Ldarg_0);
        // A loop, not Enumerable.Range(...).Select: LINQ's range iterator has no precompiled code (JIT at every start).
        var parameters = new ILLocal[_function.ParameterCount];
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = Slot(_function.Locals[i]);
        }
        EmitArgumentArray(parameters);
        _il.Emit(OpCodes.Call, RuntimeMembers.RerunBoxed);
        _il.Emit(OpCodes.Ret);
        _il.MarkLabel(generic);
        if (_host.RunsTentatively)
        {
            // Boxed code may do what a tentative run must not: the run moves to a large stack first.
            ILLabel boxed = _il.DefineLabel();
            _il.Emit(OpCodes.Ldsfld, RuntimeMembers.TentativeThreads);
            _il.Emit(OpCodes.Brfalse, boxed);
            _il.Emit(OpCodes.Call, RuntimeMembers.LeaveTypedCode);
            _il.MarkLabel(boxed);
        }
    }

    /// <summary>The rest of an entry whose boxed body is a method of its own: a tail call of it with the same arguments.</summary>
    private void EmitBoxedBodyCall(EmittedMethod boxed)
    {
        int arguments = Shape.TakesArray ? 2 : _function.ParameterCount + 1;
        for (int i = 0; i < arguments; i++)
        {
            _il.Emit(OpCodes.Ldarg, i);
        }

        _il.Emit(OpCodes.Tailcall);
        _il.Emit(OpCodes.Call, boxed);
        _il.Emit(OpCodes.Ret);
    }

    private void EmitPrimitive(PrimitiveCallExpr primitive)
    {
        ILLabel slow = _il.DefineLabel();
        ILLabel done = _il.DefineLabel();
        (ILLocal left, ILLocal right, long? immediate) = EmitOperands(primitive, slow);
        EmitFixnumOperands(left, right, immediate);
        switch (primitive.Op)
        {
            case PrimitiveOp.Add:
                _il.Emit(OpCodes.Call, RuntimeMembers.AddLong);
                break;
            case PrimitiveOp.Subtract:
                _il.Emit(OpCodes.Call, RuntimeMembers.SubtractLong);
                break;
            case PrimitiveOp.Multiply:
                _il.Emit(OpCodes.Call, RuntimeMembers.MultiplyLong);
                break;
            default:
                ILEmitting.EmitCompare(_il, primitive.Op);
                _il.Emit(OpCodes.Call, RuntimeMembers.Bool);
                break;
        }

        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(slow);
        EmitPrimitiveSlowArguments(primitive, left, right);
        _il.Emit(OpCodes.Call, RuntimeMembers.Primitive);
        _il.MarkLabel(done);
        Release(right);
        Release(left);
    }

    /// <summary>A comparison used as a condition: no boolean is boxed on the fixnum path.</summary>
    private void EmitPrimitiveTest(PrimitiveCallExpr primitive, ILLabel whenFalse)
    {
        ILLabel slow = _il.DefineLabel();
        ILLabel whenTrue = _il.DefineLabel();
        (ILLocal left, ILLocal right, long? immediate) = EmitOperands(primitive, slow);
        EmitFixnumOperands(left, right, immediate);
        ILEmitting.EmitBranchUnless(_il, primitive.Op, whenFalse);
        _il.Emit(OpCodes.Br, whenTrue);
        _il.MarkLabel(slow);
        EmitPrimitiveSlowArguments(primitive, left, right);
        _il.Emit(OpCodes.Call, RuntimeMembers.PrimitiveTest);
        _il.Emit(OpCodes.Brfalse, whenFalse);
        _il.MarkLabel(whenTrue);
        Release(right);
        Release(left);
    }

    /// <summary>Evaluates both operands to temporaries and branches to <paramref name="slow"/> unless both are fixnums and the builtins are intact.</summary>
    private Operands EmitOperands(PrimitiveCallExpr primitive, ILLabel slow)
    {
        EmitExpr(primitive.Left);
        ILLocal left = Temp();
        _il.Emit(OpCodes.Stloc, left);
        long? immediate = primitive.Right is ConstantExpr { Value: long value } ? value : null;
        EmitExpr(primitive.Right);
        ILLocal right = Temp();
        _il.Emit(OpCodes.Stloc, right);
        EmitBranchIfBuiltinsRedefined(slow);
        _il.Emit(OpCodes.Ldloc, left);
        _il.Emit(OpCodes.Isinst, typeof(long));
        _il.Emit(OpCodes.Brfalse, slow);
        if (immediate is null)
        {
            _il.Emit(OpCodes.Ldloc, right);
            _il.Emit(OpCodes.Isinst, typeof(long));
            _il.Emit(OpCodes.Brfalse, slow);
        }

        return new Operands(left, right, immediate);
    }

    /// <summary>
    /// The operands of a primitive in temporaries, and the right one when it is a constant. A struct of this assembly's
    /// own: a <c>ValueTuple</c> holding a <c>long?</c> is an instantiation no precompiled image holds, JIT-compiled at a
    /// fresh process's first Dynamic eval.
    /// </summary>
    private readonly record struct Operands(ILLocal Left, ILLocal Right, long? Immediate);

    private void EmitFixnumOperands(ILLocal left, ILLocal right, long? immediate)
    {
        _il.Emit(OpCodes.Ldloc, left);
        _il.Emit(OpCodes.Unbox_Any, typeof(long));
        if (immediate is long value)
        {
            _il.Emit(OpCodes.Ldc_I8, value);
        }
        else
        {
            _il.Emit(OpCodes.Ldloc, right);
            _il.Emit(OpCodes.Unbox_Any, typeof(long));
        }
    }

    private void EmitPrimitiveSlowArguments(PrimitiveCallExpr primitive, ILLocal left, ILLocal right)
    {
        _il.Emit(OpCodes.Ldc_I4, (int)primitive.Op);
        _il.Emit(OpCodes.Ldloc, left);
        _il.Emit(OpCodes.Ldloc, right);
        _host.EmitConstant(_il, primitive.Cell, typeof(GlobalSlot));
        EmitSite(primitive.Span);
    }
}
