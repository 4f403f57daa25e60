using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Compiler.Text;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Emit;

/// <summary>Calls in typed code: to typed functions (loops, tail-position inlining, self-inlining), to pure builtins; stack checks.</summary>
internal sealed partial class TypedFunctionEmitter
{
    private Type EmitCall(CallExpr call, bool tail)
    {
        if (TypeInference.ArithmeticBuiltin(call, _unit.Known) is { } arithmetic)
        {
            EmitAs(call.Arguments[0], typeof(long));
            for (int i = 1; i < call.Arguments.Length; i++)
            {
                EmitAs(call.Arguments[i], typeof(long));
                _il.Emit(arithmetic == "+" ? OpCodes.Add_Ovf : OpCodes.Mul_Ovf);
            }

            if (tail)
            {
                EmitReturn(typeof(long));
            }

            return typeof(long);
        }

        string? integer = TypeInference.IntegerBuiltin(call, _unit.Known);
        (string Name, LambdaExpr Lambda)? loop = TypeInference.Loop(call, _unit.Known);
        if (integer is not null || loop is not null)
        {
            Type type = integer is not null ? EmitIntegerBuiltin(call, integer) : EmitLoop(call, loop!.Value.Name, loop.Value.Lambda);
            if (tail)
            {
                EmitReturn(type);
            }

            return type;
        }

        if (TypeInference.PureBuiltin(call, _unit.Known) is { } builtin)
        {
            Type type = EmitPureBuiltin(call, builtin);
            if (tail)
            {
                EmitReturn(type);
            }

            return type;
        }

        if (_unit.Known.Callee(call) is null && _unit.Known.Constructor(call) is { } constructor)
        {
            EmitConstruction(call, constructor.Constructor);
            if (tail)
            {
                EmitReturn(typeof(object));
            }

            return typeof(object);
        }

        KnownFunction callee = _unit.Known.Callee(call) ?? throw new InvalidOperationException("typed code calls only known functions");
        TypedSignature signature = _unit.Typed[callee.Function];
        if (tail && callee.Function == _function && _returnTo is null)
        {
            EmitLoop(call, signature, _parameters, _start);
            return signature.ReturnType;
        }

        if (tail && _tailInlined is { } inlined && callee.Function == inlined.Function)
        {
            EmitLoop(call, signature, inlined.Parameters, inlined.Start);
            return signature.ReturnType;
        }

        if (tail && _tailInlined is null && !_inlining && NodeCounter.Count(callee.Lambda.Body) <= MaxInlinedNodes)
        {
            return EmitTailInlined(call, callee, signature);
        }

        if (!tail && callee.Function == _function && _inlineSelfCalls && (!_inlining || (_selfInlined > 0 && _selfInlined < _selfInlineLevels)))
        {
            return EmitInlinedSelfCall(call);
        }

        if (!tail && _unit.Host.InlinesLoopCalls && callee.Function != _function && _returnTo is null && callee.Function != _tailInlined?.Function
            && NodeCounter.Count(callee.Lambda.Body) <= MaxInlinedNodes
            && LoopFacts.CallsOnlyItselfInTail(callee.Function, callee.Lambda.Body, _unit.Known))
        {
            return EmitLoopInlined(call, callee, signature);
        }

        // A tail call returns the callee's value as this method's: with another result type it converts after a plain call.
        bool tailCall = tail && signature.ReturnType == _signature.ReturnType && _returnTo is null;
        if (!tailCall)
        {
            EmitStackCheck(call);
        }

        _unit.EmitTypedPrefixArguments(_il, callee.Function);
        for (int i = 0; i < call.Arguments.Length; i++)
        {
            EmitAs(call.Arguments[i], signature.ParameterTypes[i]);
        }

        _il.Emit(OpCodes.Ldloc, _limit);

        if (tailCall)
        {
            _il.Emit(OpCodes.Tailcall);
        }

        _il.Emit(OpCodes.Call, _unit.TypedCodeOf(callee.Function));
        if (tail)
        {
            EmitReturn(signature.ReturnType);
        }

        return signature.ReturnType;
    }

    /// <summary>
    /// A data value, built directly (the entry checked that the constructor's global still holds it): a
    /// value of up to three fields is a new object of its shape class (<see cref="DataShapes"/>), its first
    /// integer field stored unboxed; a nullary constructor's one value (a static field of its class); more fields go in an array.
    /// </summary>
    private void EmitConstruction(CallExpr call, DataConstructor constructor)
    {
        int arity = call.Arguments.Length;
        if (arity == 0)
        {
            Type nullary = DataShapes.For(constructor.ConstructorName, 0, unboxedAt: -1);
            _il.Emit(OpCodes.Ldsfld, nullary.GetField(nameof(Data0<>.Value))!);
            return;
        }

        if (arity <= DataValue.InlineFields)
        {
            int unboxed = -1;
            for (int i = 0; i < arity; i++)
            {
                if (unboxed < 0 && TypeOf(call.Arguments[i]) == typeof(long))
                {
                    unboxed = i;
                    EmitAs(call.Arguments[i], typeof(long));
                }
                else
                {
                    EmitAs(call.Arguments[i], typeof(object));
                }
            }

            Type shape = DataShapes.For(constructor.ConstructorName, arity, unboxed);
            _il.Emit(OpCodes.Newobj, shape.GetConstructors()[0]);
            return;
        }

        _unit.Host.EmitConstant(_il, constructor, typeof(DataConstructor));
        _il.Emit(OpCodes.Ldc_I4, arity);
        _il.Emit(OpCodes.Newarr, typeof(object));
        for (int i = 0; i < arity; i++)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldc_I4, i);
            EmitAs(call.Arguments[i], typeof(object));
            _il.Emit(OpCodes.Stelem_Ref);
        }

        _il.Emit(OpCodes.Call, RuntimeMembers.MakeDataFromArray);
    }

    /// <summary>
    /// A tail call that loops: the arguments (all evaluated first) go to the parameter locals, then a jump
    /// to the start. An argument that is its own parameter (<c>n</c> passed on as <c>n</c>) needs no store.
    /// Straight-line arguments (<see cref="IsStraightLine"/>) are evaluated after the others: typed code is
    /// pure, so the order cannot be observed, and so no value waits on the IL stack (or in a register)
    /// across another argument's branches and loops, such as an inlined <c>safe?</c> in nqueens' <c>try-rows</c>.
    /// Of several arguments with branches, all but the last wait in locals of their own.
    /// </summary>
    private void EmitLoop(CallExpr call, TypedSignature signature, ILLocal[] parameters, ILLabel start)
    {
        var stored = new List<int>();
        var branching = new List<int>();
        var straight = new List<int>();
        for (int i = 0; i < call.Arguments.Length; i++)
        {
            if (call.Arguments[i] is LocalLoadExpr load && _locals.TryGetValue(load.Variable, out ILLocal? local) && local == parameters[i]
                && TypeOf(load) == parameters[i].Type)
            {
                continue;
            }

            (IsStraightLine(call.Arguments[i]) ? straight : branching).Add(i);
        }

        // Indexes and an array, not a list of (index, local) tuples: such a list is code no precompiled image
        // holds, JIT-compiled (six methods) at the first eval of a process with a loop like this.
        var waiting = new List<int>();
        var temporaries = new ILLocal[parameters.Length];
        for (int j = 0; j < branching.Count; j++)
        {
            int i = branching[j];
            EmitAs(call.Arguments[i], parameters[i].Type);
            if (j < branching.Count - 1)
            {
                temporaries[i] = _il.DeclareLocal(parameters[i].Type);
                _il.Emit(OpCodes.Stloc, temporaries[i]);
                waiting.Add(i);
            }
            else
            {
                stored.Add(i);
            }
        }

        foreach (int i in straight)
        {
            EmitAs(call.Arguments[i], parameters[i].Type);
            stored.Add(i);
        }

        for (int j = stored.Count - 1; j >= 0; j--)
        {
            _il.Emit(OpCodes.Stloc, parameters[stored[j]]);
        }

        foreach (int index in waiting)
        {
            _il.Emit(OpCodes.Ldloc, temporaries[index]);
            _il.Emit(OpCodes.Stloc, parameters[index]);
        }

        _il.Emit(OpCodes.Br, start);
    }

    /// <summary>
    /// Whether an expression's IL has no branch: a constant, a local, or integer arithmetic and comparisons
    /// of such (no call, so no stack check and no inlined body).
    /// </summary>
    private bool IsStraightLine(BoundExpr expr) => expr switch
    {
        ConstantExpr or LocalLoadExpr => true,
        PrimitiveCallExpr primitive => !GenericEquality(primitive) && IsStraightLine(primitive.Left) && IsStraightLine(primitive.Right),
        _ => false,
    };

    /// <summary>
    /// A tail call to another small typed function with its body inlined here, once: its own self tail
    /// calls loop inside the copy, and its tail calls back to this function loop to this method's start.
    /// Mutually tail-recursive functions (<c>even?</c>/<c>odd?</c>) so become one loop, as a C# programmer
    /// would write them; the copy's result is this method's result.
    /// </summary>
    private Type EmitTailInlined(CallExpr call, KnownFunction callee, TypedSignature signature)
    {
        var parameters = new ILLocal[call.Arguments.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = _il.DeclareLocal(signature.ParameterLocalType(i));
            _il.NameLocal(parameters[i], callee.Function.Locals[i].Name);
        }

        ILLabel start = _il.DefineLabel();
        for (int i = 0; i < call.Arguments.Length; i++)
        {
            EmitAs(call.Arguments[i], parameters[i].Type);
        }

        for (int i = call.Arguments.Length - 1; i >= 0; i--)
        {
            _il.Emit(OpCodes.Stloc, parameters[i]);
        }

        EmitBoundGuards(callee.Function, signature, callee.Lambda.Body, parameters);

        (var outerLocals, var outerTypes, var outerExpressionTypes, var outerCurrent) = (_locals, _types, _expressionTypes, _current);
        _locals = [];
        _types = [];
        for (int i = 0; i < parameters.Length; i++)
        {
            _locals[callee.Function.Locals[i]] = parameters[i];
            _types[callee.Function.Locals[i]] = parameters[i].Type;
        }

        (_expressionTypes, _current, _tailInlined, _inlining) = (signature.ExpressionTypes, callee.Function, (callee.Function, start, parameters), true);
        EmitUnrolledSum(callee.Function, callee.Lambda.Body, signature, parameters);
        _il.MarkLabel(start);
        EmitTail(callee.Lambda.Body);
        (_locals, _types, _expressionTypes, _current, _tailInlined, _inlining) = (outerLocals, outerTypes, outerExpressionTypes, outerCurrent, null, false);
        return signature.ReturnType;
    }

    /// <summary>
    /// A non-tail call to a small typed function that calls no function but itself, and itself only in
    /// tail position (a loop such as <c>safe?</c> in nqueens, or straight-line code), with the callee's body
    /// inlined here: its self tail calls loop inside the copy, and its tail positions store the result
    /// and jump past it. The JIT does this for ordinary code with profile data (a hot call of a small
    /// loop); DynamicMethods get none, and the call per iteration of the caller was a third of nqueens.
    /// </summary>
    private Type EmitLoopInlined(CallExpr call, KnownFunction callee, TypedSignature signature)
    {
        var parameters = new ILLocal[call.Arguments.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            EmitAs(call.Arguments[i], signature.ParameterLocalType(i));
            parameters[i] = _il.DeclareLocal(signature.ParameterLocalType(i));
            _il.NameLocal(parameters[i], callee.Function.Locals[i].Name);
        }

        for (int i = parameters.Length - 1; i >= 0; i--)
        {
            _il.Emit(OpCodes.Stloc, parameters[i]);
        }

        EmitBoundGuards(callee.Function, signature, callee.Lambda.Body, parameters);

        ILLabel start = _il.DefineLabel();
        ILLabel end = _il.DefineLabel();
        ILLocal result = _il.DeclareLocal(signature.ReturnType);
        var outer = (_locals, _types, _expressionTypes, _current, _tailInlined, _inlining, _returnTo);
        _locals = [];
        _types = [];
        for (int i = 0; i < parameters.Length; i++)
        {
            _locals[callee.Function.Locals[i]] = parameters[i];
            _types[callee.Function.Locals[i]] = parameters[i].Type;
        }

        (_expressionTypes, _current, _tailInlined, _inlining, _returnTo) =
            (signature.ExpressionTypes, callee.Function, (callee.Function, start, parameters), true, (end, result, signature.ReturnType));
        EmitUnrolledSum(callee.Function, callee.Lambda.Body, signature, parameters);
        _il.MarkLabel(start);
        EmitTail(callee.Lambda.Body);
        (_locals, _types, _expressionTypes, _current, _tailInlined, _inlining, _returnTo) = outer;
        _il.MarkLabel(end);
        _il.Emit(OpCodes.Ldloc, result);
        return signature.ReturnType;
    }

    /// <summary>A pure builtin on objects (<see cref="TypedOps"/>); the result as <see cref="TypeInference"/> typed it.</summary>
    private Type EmitPureBuiltin(CallExpr call, string name)
    {
        if (name == "to-string" && TypeOf(call.Arguments[0]) == typeof(long))
        {
            EmitAs(call.Arguments[0], typeof(long));
            _il.Emit(OpCodes.Call, RuntimeMembers.LongToText);
            return typeof(object);
        }

        if (name is "head" or "tail" or "empty?" && IntegerListArgument(call, name) is { } integers)
        {
            return EmitIntegerListOperation(name, integers);
        }

        if (name == "cons" && TypeOf(call) == typeof(ListAccumulator))
        {
            // a loop step of an accumulator (AccumulatorAnalysis): the element goes into its array
            EmitAs(call.Arguments[1], typeof(ListAccumulator));
            EmitAs(call.Arguments[0], typeof(object));
            _il.Emit(OpCodes.Call, RuntimeMembers.AccumulatorPush);
            return typeof(ListAccumulator);
        }

        if (name == "cons" && _unit.Typed[_current].IntegerLists.Contains(call))
        {
            // an integer consed onto an integer list: one cell (a list from elsewhere is entered first, which tests that it is one)
            Type listType = _unit.Typed[_current].IntegerListType;
            if (listType == typeof(IntegerCell))
            {
                EmitAs(call.Arguments[0], typeof(long));
                EmitAs(call.Arguments[1], typeof(IntegerCell));
                _il.Emit(OpCodes.Newobj, RuntimeMembers.NewIntegerCell);
                return typeof(IntegerCell);
            }

            // A node in this frame, dead when the call it is passed to returns (IntegerListAnalysis):
            // one local per place the cons is emitted, so an inlined copy never writes over a live node.
            ILLocal node = _il.DeclareLocal(typeof(IntegerNode));
            _il.Emit(OpCodes.Ldloca, node);
            EmitAs(call.Arguments[0], typeof(long));
            _il.Emit(OpCodes.Stfld, RuntimeMembers.IntegerNodeHead);
            _il.Emit(OpCodes.Ldloca, node);
            EmitAs(call.Arguments[1], listType);
            _il.Emit(OpCodes.Stfld, RuntimeMembers.IntegerNodeNext);
            _il.Emit(OpCodes.Ldloca, node);
            _il.Emit(OpCodes.Conv_U);
            return listType;
        }

        // On a value already known to be a list, the list versions skip the type test.
        bool onList = name is "head" or "tail" or "empty?" or "length" && TypeOf(call.Arguments[0]) == typeof(FluentList)
            || name == "cons" && TypeOf(call.Arguments[1]) == typeof(FluentList);
        for (int i = 0; i < call.Arguments.Length; i++)
        {
            bool listArgument = onList && (name != "cons" || i == 1);
            EmitAs(call.Arguments[i], listArgument ? typeof(FluentList) : typeof(object));
        }

        System.Reflection.MethodInfo method = onList && name is "head" or "tail"
            && call.Arguments[0] is LocalLoadExpr load && _locals.TryGetValue(load.Variable, out ILLocal? list) && _nonEmpty.Contains(list)
                ? (name == "head" ? RuntimeMembers.ListHead : RuntimeMembers.ListTail)
                : RuntimeMembers.TypedPureBuiltin(name, onList);
        _il.Emit(OpCodes.Call, method);
        Type result = method.ReturnType;
        return result == typeof(long) || result == typeof(bool) || result == typeof(FluentList) ? result : typeof(object);
    }

    /// <summary>
    /// <c>empty?</c>, <c>head</c> or <c>tail</c> of an integer list (null when empty). On a local that a false
    /// <c>(empty? xs)</c> proved to hold a cell (<see cref="_cells"/>), head and tail are field loads.
    /// </summary>
    private Type EmitIntegerListOperation(string name, BoundExpr list)
    {
        Type listType = _unit.Typed[_current].IntegerListType;
        bool nodes = listType != typeof(IntegerCell);
        if (name != "empty?" && KnownCell(list) is { } cell)
        {
            _il.Emit(OpCodes.Ldloc, cell);
            if (name == "tail")
            {
                _il.Emit(OpCodes.Ldfld, nodes ? RuntimeMembers.IntegerNodeNext : RuntimeMembers.IntegerCellNext);
                return listType;
            }

            _il.Emit(OpCodes.Ldfld, nodes ? RuntimeMembers.IntegerNodeHead : RuntimeMembers.IntegerCellHead);
            return typeof(long);
        }

        EmitAs(list, listType);
        switch (name)
        {
            case "empty?":
                if (nodes)
                {
                    _il.Emit(OpCodes.Ldc_I4_0);
                    _il.Emit(OpCodes.Conv_U);
                }
                else
                {
                    _il.Emit(OpCodes.Ldnull);
                }

                _il.Emit(OpCodes.Ceq);
                return typeof(bool);
            case "head":
                _il.Emit(OpCodes.Call, nodes ? RuntimeMembers.IntegerNodeHeadOf : RuntimeMembers.IntegerListHead);
                return typeof(long);
            default:
                _il.Emit(OpCodes.Call, nodes ? RuntimeMembers.IntegerNodeTailOf : RuntimeMembers.IntegerListTail);
                return listType;
        }
    }

    /// <summary>The local of an integer-list load that the branches taken so far prove holds a cell, else null.</summary>
    private ILLocal? KnownCell(BoundExpr list) =>
        list is LocalLoadExpr { Variable: var variable } && _locals.TryGetValue(variable, out ILLocal? local) && _cells.Contains(local) ? local : null;

    /// <summary>The list argument of a call of <paramref name="name"/> (<c>head</c>, <c>tail</c>, <c>empty?</c>) when it is an integer list (<see cref="IntegerListAnalysis"/>), else null.</summary>
    private BoundExpr? IntegerListArgument(CallExpr call, string name) =>
        call.Arguments.Length == 1 && _unit.Typed[_current].IntegerLists.Contains(call.Arguments[0])
        && TypeInference.PureBuiltin(call, _unit.Known) == name
            ? call.Arguments[0]
            : null;

    /// <summary>
    /// A non-tail self-call with the body inlined (its own self-calls stay calls, or for small integer bodies
    /// are inlined again: <see cref="SelfInlineBudget"/>): half the calls, or a quarter or an eighth, as a JIT with
    /// profile data would do for ordinary code, but here also for DynamicMethods. The arguments go to fresh
    /// locals that stand for the parameters inside the copy.
    /// </summary>
    private Type EmitInlinedSelfCall(CallExpr call)
    {
        var arguments = new ILLocal[call.Arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            Type parameterType = _signature.ParameterLocalType(i);
            EmitAs(call.Arguments[i], parameterType);
            arguments[i] = _il.DeclareLocal(parameterType);
            _il.Emit(OpCodes.Stloc, arguments[i]);
        }

        (var outerLocals, var outerTypes) = (_locals, _types);
        _locals = [];
        _types = [];
        for (int i = 0; i < arguments.Length; i++)
        {
            _locals[_function.Locals[i]] = arguments[i];
            _types[_function.Locals[i]] = arguments[i].Type;
        }

        bool outerInlining = _inlining;
        _inlining = true;
        _selfInlined++;
        EmitAs(_body, _signature.ReturnType);
        _selfInlined--;
        _inlining = outerInlining;
        (_locals, _types) = (outerLocals, outerTypes);
        return _signature.ReturnType;
    }

    /// <summary>
    /// The deep-recursion guard before a non-tail call: the address of the limit's own local against the
    /// stack limit the method received; below it, a jump to an out-of-line block at the end of the method
    /// (<see cref="EmitColdBlocks"/>) where the runtime moves the mark, or raises "Stack overflow". The
    /// passing check falls through: without profile data (DynamicMethods) the JIT keeps the IL's block
    /// order, and a call per check placed inline was a taken jump around it on every call.
    /// Left out where this frame has already passed a check on every path (<see cref="FrameCheckTracker"/>).
    /// </summary>
    private void EmitStackCheck(CallExpr call)
    {
        if (_frameCheck.Checked)
        {
            return;
        }

        ILLabel low = _il.DefineLabel();
        ILLabel back = _il.DefineLabel();
        _il.Emit(OpCodes.Ldloca, _limit);
        _il.Emit(OpCodes.Conv_U);
        _il.Emit(OpCodes.Ldloc, _limit);
        _il.Emit(OpCodes.Blt_Un, low);
        _il.MarkLabel(back);
        SourceLocation location = _current.Source.GetLocation(call.Span.Start);
        _coldBlocks.Add(new ColdBlock(low, back, new SourceSite(_current.Source.Path, location.Line, location.Column, _current.Name)));
        _frameCheck.Checked = true;
    }

    /// <summary>
    /// The blocks of the failing stack checks, after the method's code (which ends in a return or a jump,
    /// so nothing falls into them): each calls the runtime, which moves the thread's mark (or raises the
    /// error), stores the moved mark as this method's limit, so that this frame's later checks and its
    /// callees pass until the next step, and jumps back after its check. A check may be made with values
    /// of the caller's expression on the IL stack; they stay there across the block.
    /// </summary>
    private void EmitColdBlocks()
    {
        foreach ((ILLabel low, ILLabel back, SourceSite site) in _coldBlocks)
        {
            _il.MarkLabel(low);
            _il.Emit(OpCodes.Ldloca, _limit);
            _il.Emit(OpCodes.Conv_U);
            _il.Emit(OpCodes.Ldstr, site.Position);
            _il.Emit(OpCodes.Ldstr, site.TraceLine);
            _il.Emit(OpCodes.Call, RuntimeMembers.StackOverflowAt);
            _il.Emit(OpCodes.Stloc, _limit);
            _il.Emit(OpCodes.Br, back);
        }

        _coldBlocks.Clear();
    }
}
