using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Compiler.Text;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// Emits the closure code of one function: every value boxed as <c>object</c>, with inline fixnum fast
/// paths, direct calls to known functions, self tail calls as loops and other tail calls with the
/// <c>tail.</c> prefix. Every sub-expression is evaluated onto an empty IL stack (operands go to
/// temporaries), so a <c>handler</c> form can open a try block anywhere.
/// <see cref="EmitExpr"/> pushes one value; <see cref="EmitTail"/> returns it.
/// </summary>
internal sealed partial class FunctionEmitter
{
    private readonly UnitEmitter _unit;
    private readonly IEmitHost _host;
    private readonly FunctionInfo _function;
    private readonly IILWriter _il;
    private readonly ILLocal?[] _slots;
    private readonly Stack<ILLocal> _freeTemps = new();
    private readonly KnownFunction? _self;
    private readonly bool _boxedBody;
    private ILLabel _start;
    private ILLocal? _guard;

    /// <param name="boxedBody">The separate boxed body of a typed function (<see cref="IEmitHost.SeparatesBoxedBodies"/>): no typed entry.</param>
    public FunctionEmitter(UnitEmitter unit, FunctionInfo function, IILWriter il, bool boxedBody = false)
    {
        _boxedBody = boxedBody;
        _unit = unit;
        _host = unit.Host;
        _function = function;
        _il = il;
        _slots = new ILLocal?[function.Locals.Count];
        _self = unit.Known.ForFunction(function);
    }

    private ClosureShape Shape => ClosureShape.For(_function.ParameterCount);

    public void EmitBody(BoundExpr body)
    {
        _il.MarkSequencePoint(_function.Span);
        _host.BeginBody(_il, typed: false);
        for (int i = 0; i < _function.ParameterCount; i++)
        {
            if (Shape.TakesArray)
            {
                _il.Emit(OpCodes.Ldarg_1);
                _il.Emit(OpCodes.Ldc_I4, i);
                _il.Emit(OpCodes.Ldelem_Ref);
            }
            else
            {
                _il.Emit(OpCodes.Ldarg, i + 1);
            }

            _il.Emit(OpCodes.Stloc, Slot(_function.Locals[i]));
        }

        if (_unit.Guard is not null)
        {
            _guard = _il.DeclareLocal(typeof(BuiltinGuard));
            _host.EmitConstant(_il, _unit.Guard, typeof(BuiltinGuard));
            _il.Emit(OpCodes.Stloc, _guard);
        }

        if (!_boxedBody && _unit.Typed.TryGetValue(_function, out TypedSignature? signature))
        {
            EmitTypedEntry(signature);
            if (_unit.BoxedCodeOf(_function) is { } boxed)
            {
                EmitBoxedBodyCall(boxed);
                return;
            }
        }

        _start = _il.DefineLabel();
        _il.MarkLabel(_start);
        EmitTail(body);
    }

    /// <summary>Pushes the value of <paramref name="expr"/> as an object.</summary>
    private void EmitExpr(BoundExpr expr)
    {
        switch (expr)
        {
            case ConstantExpr constant:
                EmitConstant(constant.Value);
                break;
            case LocalLoadExpr load:
                EmitLoad(load.Variable, load.Span);
                break;
            case GlobalLoadExpr global:
                EmitGlobalValue(global.Cell, global.Span);
                break;
            case GlobalDefineExpr define:
                EmitDefine(define);
                break;
            case GlobalExportExpr export:
                _host.EmitConstant(_il, export.Cell, typeof(GlobalSlot));
                EmitLoad(export.Variable, export.Span);
                _il.Emit(OpCodes.Callvirt, RuntimeMembers.SlotDefine);
                _il.Emit(OpCodes.Ldnull);
                break;
            case ListExpr list:
                EmitList(list);
                break;
            case CallExpr call:
                EmitCall(call, tail: false);
                break;
            case PrimitiveCallExpr primitive:
                EmitPrimitive(primitive);
                break;
            case LambdaExpr lambda:
                EmitLambda(lambda);
                break;
            case LetExpr let:
                EmitLetBindings(let);
                EmitExpr(let.Body);
                break;
            case IfExpr @if:
                EmitIf(@if, tail: false);
                break;
            case SequenceExpr sequence:
                EmitSequence(sequence, tail: false);
                break;
            case AndExpr and:
                EmitShortCircuit(and.Operands, isAnd: true, tail: false);
                break;
            case OrExpr or:
                EmitShortCircuit(or.Operands, isAnd: false, tail: false);
                break;
            case MatchExpr match:
                EmitMatch(match, tail: false);
                break;
            case HandlerExpr handler:
                EmitHandler(handler);
                break;
            case ImportExpr import:
                _host.EmitConstant(_il, new ModuleConstant(import.Module), typeof(IModuleRunner));
                _il.Emit(OpCodes.Callvirt, typeof(IModuleRunner).GetMethod(nameof(IModuleRunner.RunOnce))!);
                _il.Emit(OpCodes.Ldnull);
                break;
            case ContractCheckExpr check:
                EmitExpr(check.Condition);
                _il.Emit(OpCodes.Ldstr, check.Message);
                EmitSite(check.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.ContractFailed);
                _il.Emit(OpCodes.Ldnull);
                break;
            default:
                throw new InvalidOperationException($"unexpected IR {expr.GetType().Name}");
        }
    }

    /// <summary>Returns the value of <paramref name="expr"/>: control never falls through.</summary>
    private void EmitTail(BoundExpr expr)
    {
        switch (expr)
        {
            case CallExpr call:
                EmitCall(call, tail: true);
                break;
            case LetExpr let:
                EmitLetBindings(let);
                EmitTail(let.Body);
                break;
            case IfExpr @if:
                EmitIf(@if, tail: true);
                break;
            case SequenceExpr sequence:
                EmitSequence(sequence, tail: true);
                break;
            case AndExpr and:
                EmitShortCircuit(and.Operands, isAnd: true, tail: true);
                break;
            case OrExpr or:
                EmitShortCircuit(or.Operands, isAnd: false, tail: true);
                break;
            case MatchExpr match:
                EmitMatch(match, tail: true);
                break;
            default:
                EmitExpr(expr);
                _il.Emit(OpCodes.Ret);
                break;
        }
    }

    private void EmitConstant(object? value)
    {
        switch (value)
        {
            case null:
                _il.Emit(OpCodes.Ldnull);
                break;
            case long l:
                _il.Emit(OpCodes.Ldc_I8, l);
                _il.Emit(OpCodes.Call, RuntimeMembers.Box);
                break;
            case bool b:
                _il.Emit(OpCodes.Ldsfld, b ? RuntimeMembers.True : RuntimeMembers.False);
                break;
            case string s:
                _il.Emit(OpCodes.Ldstr, s);
                break;
            default:
                // Doubles box once per unit rather than at every use; the rest only the sink can rebuild.
                _host.EmitConstant(_il, value, typeof(object));
                break;
        }
    }

    private void EmitLoad(LocalVariable variable, TextSpan span)
    {
        bool boxed = _unit.Boxed.Contains(variable);
        if (variable.Owner == _function)
        {
            _il.Emit(OpCodes.Ldloc, Slot(variable));
        }
        else
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldfld, RuntimeMembers.Env);
            _il.Emit(OpCodes.Ldc_I4, CaptureIndex(variable));
            _il.Emit(OpCodes.Ldelem_Ref);
            if (boxed)
            {
                _il.Emit(OpCodes.Castclass, typeof(StrongBox<object?>));
            }
        }

        if (boxed)
        {
            _il.Emit(OpCodes.Ldstr, variable.Name);
            EmitSite(span);
            _il.Emit(OpCodes.Call, RuntimeMembers.ReadBox);
        }
    }

    /// <summary>Reads a global; undefined is an error at <paramref name="span"/>.</summary>
    private void EmitGlobalValue(GlobalCell cell, TextSpan span)
    {
        ILLabel defined = _il.DefineLabel();
        ILLabel done = _il.DefineLabel();
        _host.EmitConstant(_il, cell, typeof(GlobalSlot));
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Callvirt, RuntimeMembers.SlotIsDefined);
        _il.Emit(OpCodes.Brtrue, defined);
        EmitSite(span);
        _il.Emit(OpCodes.Call, RuntimeMembers.UndefinedGlobal);
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(defined);
        _il.Emit(OpCodes.Callvirt, RuntimeMembers.SlotValue);
        _il.MarkLabel(done);
    }

    private void EmitDefine(GlobalDefineExpr define)
    {
        ILLocal value = Temp();
        if (define.Value is LambdaExpr lambda && _unit.Known.ForFunction(lambda.Function) is { } known)
        {
            KnownClosureConstant closure = _unit.KnownClosureOf(known);
            _host.EmitConstant(_il, closure, closure.Shape.ClosureType);
        }
        else
        {
            EmitExpr(define.Value);
        }

        _il.Emit(OpCodes.Stloc, value);
        _host.EmitConstant(_il, define.Cell, typeof(GlobalSlot));
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Callvirt, RuntimeMembers.SlotDefine);
        _il.Emit(OpCodes.Ldnull);
        Release(value);
    }

    private void EmitList(ListExpr list)
    {
        int n = list.Items.Length;
        if (n < RuntimeMembers.Lists.Length)
        {
            ILLocal[] items = EvaluateToTemps(list.Items);
            foreach (ILLocal item in items)
            {
                _il.Emit(OpCodes.Ldloc, item);
            }

            _il.Emit(OpCodes.Call, RuntimeMembers.Lists[n]);
            ReleaseAll(items);
            return;
        }

        ILLocal array = EvaluateToArray(list.Items);
        _il.Emit(OpCodes.Ldloc, array);
        _il.Emit(OpCodes.Call, RuntimeMembers.ListN);
        Release(array);
    }

    private void EmitLambda(LambdaExpr lambda)
    {
        FunctionInfo function = lambda.Function;
        ClosureShape shape = ClosureShape.For(function.ParameterCount);
        EmittedMethod code = _unit.CodeOf(function, lambda.Body);
        _il.Emit(OpCodes.Ldstr, function.Name);
        if (shape.TakesArray)
        {
            _il.Emit(OpCodes.Ldc_I4, function.ParameterCount);
        }

        _host.EmitCodeDelegate(_il, code, shape.DelegateType);
        if (function.Captures.Count == 0)
        {
            _il.Emit(OpCodes.Ldsfld, RuntimeMembers.EmptyEnv);
        }
        else
        {
            _il.Emit(OpCodes.Ldc_I4, function.Captures.Count);
            _il.Emit(OpCodes.Newarr, typeof(object));
            for (int i = 0; i < function.Captures.Count; i++)
            {
                LocalVariable captured = function.Captures[i];
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Ldc_I4, i);
                if (captured.Owner == _function)
                {
                    _il.Emit(OpCodes.Ldloc, Slot(captured)); // the box itself, or the value
                }
                else
                {
                    _il.Emit(OpCodes.Ldarg_0);
                    _il.Emit(OpCodes.Ldfld, RuntimeMembers.Env);
                    _il.Emit(OpCodes.Ldc_I4, CaptureIndex(captured));
                    _il.Emit(OpCodes.Ldelem_Ref);
                }

                _il.Emit(OpCodes.Stelem_Ref);
            }
        }

        _host.EmitConstantsArray(_il);
        _il.Emit(OpCodes.Newobj, shape.Constructor);
    }

    private void EmitLetBindings(LetExpr let)
    {
        foreach (LetBinding binding in let.Bindings)
        {
            if (_unit.Boxed.Contains(binding.Variable))
            {
                _il.Emit(OpCodes.Ldsfld, RuntimeMembers.Unassigned);
                _il.Emit(OpCodes.Newobj, RuntimeMembers.NewBox);
                _il.Emit(OpCodes.Stloc, Slot(binding.Variable));
            }
        }

        foreach (LetBinding binding in let.Bindings)
        {
            _il.MarkSequencePoint(binding.Value.Span);
            EmitExpr(binding.Value);
            EmitStore(binding.Variable);
        }
    }

    /// <summary>Stores the value on the stack into a local of this function (into its box when it has one).</summary>
    private void EmitStore(LocalVariable variable)
    {
        if (!_unit.Boxed.Contains(variable))
        {
            _il.Emit(OpCodes.Stloc, Slot(variable));
            return;
        }

        ILLocal value = Temp();
        _il.Emit(OpCodes.Stloc, value);
        _il.Emit(OpCodes.Ldloc, Slot(variable));
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Stfld, RuntimeMembers.BoxValue);
        Release(value);
    }

    private void EmitIf(IfExpr @if, bool tail)
    {
        ILLabel otherwise = _il.DefineLabel();
        _il.MarkSequencePoint(@if.Condition.Span);
        EmitCondition(@if.Condition, otherwise);
        if (tail)
        {
            _il.MarkSequencePoint(@if.Then.Span);
            EmitTail(@if.Then);
            _il.MarkLabel(otherwise);
            _il.MarkSequencePoint(@if.Else.Span);
            EmitTail(@if.Else);
            return;
        }

        ILLabel done = _il.DefineLabel();
        _il.MarkSequencePoint(@if.Then.Span);
        EmitExpr(@if.Then);
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(otherwise);
        _il.MarkSequencePoint(@if.Else.Span);
        EmitExpr(@if.Else);
        _il.MarkLabel(done);
    }

    private void EmitSequence(SequenceExpr sequence, bool tail)
    {
        if (sequence.Body.IsEmpty)
        {
            _il.Emit(OpCodes.Ldnull);
            if (tail)
            {
                _il.Emit(OpCodes.Ret);
            }

            return;
        }

        for (int i = 0; i < sequence.Body.Length - 1; i++)
        {
            EmitExpr(sequence.Body[i]);
            _il.Emit(OpCodes.Pop);
        }

        if (tail)
        {
            EmitTail(sequence.Body[^1]);
        }
        else
        {
            EmitExpr(sequence.Body[^1]);
        }
    }

    /// <summary><c>and</c> yields the first falsy operand or the last; <c>or</c> the first truthy one or the last.</summary>
    private void EmitShortCircuit(System.Collections.Immutable.ImmutableArray<BoundExpr> operands, bool isAnd, bool tail)
    {
        if (operands.IsEmpty)
        {
            _il.Emit(OpCodes.Ldsfld, isAnd ? RuntimeMembers.True : RuntimeMembers.False);
            if (tail)
            {
                _il.Emit(OpCodes.Ret);
            }

            return;
        }

        ILLabel done = _il.DefineLabel();
        ILLocal value = Temp();
        for (int i = 0; i < operands.Length - 1; i++)
        {
            EmitExpr(operands[i]);
            _il.Emit(OpCodes.Stloc, value);
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Call, RuntimeMembers.IsTruthy);
            _il.Emit(isAnd ? OpCodes.Brfalse : OpCodes.Brtrue, done);
        }

        if (tail)
        {
            EmitTail(operands[^1]);
            _il.MarkLabel(done);
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Ret);
        }
        else
        {
            ILLabel end = _il.DefineLabel();
            EmitExpr(operands[^1]);
            _il.Emit(OpCodes.Br, end);
            _il.MarkLabel(done);
            _il.Emit(OpCodes.Ldloc, value);
            _il.MarkLabel(end);
        }

        Release(value);
    }

    /// <summary>Branches to <paramref name="whenFalse"/> when the condition is falsy.</summary>
    private void EmitCondition(BoundExpr condition, ILLabel whenFalse)
    {
        switch (condition)
        {
            case ConstantExpr { Value: bool b }:
                if (!b)
                {
                    _il.Emit(OpCodes.Br, whenFalse);
                }

                return;
            case PrimitiveCallExpr primitive when IsComparison(primitive.Op):
                EmitPrimitiveTest(primitive, whenFalse);
                return;
            case AndExpr { Operands.Length: > 0 } and:
                foreach (BoundExpr operand in and.Operands)
                {
                    EmitCondition(operand, whenFalse);
                }

                return;
            case OrExpr { Operands.Length: > 0 } or:
            {
                ILLabel whenTrue = _il.DefineLabel();
                for (int i = 0; i < or.Operands.Length - 1; i++)
                {
                    EmitExpr(or.Operands[i]);
                    _il.Emit(OpCodes.Call, RuntimeMembers.IsTruthy);
                    _il.Emit(OpCodes.Brtrue, whenTrue);
                }

                EmitCondition(or.Operands[^1], whenFalse);
                _il.MarkLabel(whenTrue);
                return;
            }
            default:
                EmitExpr(condition);
                _il.Emit(OpCodes.Call, RuntimeMembers.IsTruthy);
                _il.Emit(OpCodes.Brfalse, whenFalse);
                return;
        }
    }

    /// <summary>Branches to <paramref name="redefined"/> when the engine's program replaced a builtin (the fast paths are then off).</summary>
    private void EmitBranchIfBuiltinsRedefined(ILLabel redefined)
    {
        if (_guard is { } guard)
        {
            _il.Emit(OpCodes.Ldloc, guard);
            _il.Emit(OpCodes.Ldfld, RuntimeMembers.GuardRedefined);
        }
        else
        {
            _il.Emit(OpCodes.Call, RuntimeMembers.AnyBuiltinRedefined);
        }

        _il.Emit(OpCodes.Brtrue, redefined);
    }

    private void EmitSite(TextSpan span) => _host.EmitConstant(_il, Site(span), typeof(SourceSite));

    private SourceSite Site(TextSpan span)
    {
        SourceLocation location = _function.Source.GetLocation(span.Start);
        return new SourceSite(_function.Source.Path, location.Line, location.Column, _function.Name);
    }

    private ILLocal Slot(LocalVariable variable)
    {
        if (variable.Owner != _function)
        {
            throw new InvalidOperationException($"{variable} is not a local of {_function.Name}");
        }

        if (_slots[variable.Slot] is not { } slot)
        {
            slot = _il.DeclareLocal(_unit.Boxed.Contains(variable) ? typeof(StrongBox<object?>) : typeof(object));
            _il.NameLocal(slot, variable.Name);
            _slots[variable.Slot] = slot;
        }

        return slot;
    }

    private int CaptureIndex(LocalVariable variable)
    {
        for (int i = 0; i < _function.Captures.Count; i++)
        {
            if (_function.Captures[i] == variable)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{variable} is not captured by {_function.Name}");
    }

    private ILLocal Temp() => _freeTemps.Count > 0 ? _freeTemps.Pop() : _il.DeclareLocal(typeof(object));

    private void Release(ILLocal temp)
    {
        if (temp.Type == typeof(object))
        {
            _freeTemps.Push(temp);
        }
    }

    private void ReleaseAll(ILLocal[] temps)
    {
        for (int i = temps.Length - 1; i >= 0; i--)
        {
            Release(temps[i]);
        }
    }

    private ILLocal[] EvaluateToTemps(IReadOnlyList<BoundExpr> exprs)
    {
        var temps = new ILLocal[exprs.Count];
        for (int i = 0; i < temps.Length; i++)
        {
            EmitExpr(exprs[i]);
            temps[i] = Temp();
            _il.Emit(OpCodes.Stloc, temps[i]);
        }

        return temps;
    }

    /// <summary>Evaluates into an <c>object[]</c> local (the array is made first, each element stored as it is computed).</summary>
    private ILLocal EvaluateToArray(IReadOnlyList<BoundExpr> exprs)
    {
        ILLocal array = _il.DeclareLocal(typeof(object[]));
        _il.Emit(OpCodes.Ldc_I4, exprs.Count);
        _il.Emit(OpCodes.Newarr, typeof(object));
        _il.Emit(OpCodes.Stloc, array);
        ILLocal value = Temp();
        for (int i = 0; i < exprs.Count; i++)
        {
            EmitExpr(exprs[i]);
            _il.Emit(OpCodes.Stloc, value);
            _il.Emit(OpCodes.Ldloc, array);
            _il.Emit(OpCodes.Ldc_I4, i);
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Stelem_Ref);
        }

        Release(value);
        return array;
    }

    private static bool IsComparison(PrimitiveOp op) => op >= PrimitiveOp.Less;

    private static Type FunctionValueType => typeof(FunctionValue);
}
