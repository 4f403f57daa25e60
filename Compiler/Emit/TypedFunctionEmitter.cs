using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Compiler.Text;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// Emits the typed method of a typed known function (<see cref="TypeInference"/>): <c>long</c> and
/// <c>bool</c> on the IL stack, checked arithmetic (<c>add.ovf</c>: overflow leaves the typed code),
/// direct calls to other typed methods, self tail calls as loops and other tail calls with <c>tail.</c>.
/// </summary>
internal sealed class TypedFunctionEmitter
{
    private readonly UnitEmitter _unit;
    private readonly FunctionInfo _function;
    private readonly IILWriter _il;
    /// <summary>Bodies up to this many IR nodes get one level of their self-calls inlined.</summary>
    private const int MaxInlinedNodes = 48;

    private Dictionary<LocalVariable, ILLocal> _locals = [];
    private Dictionary<LocalVariable, Type> _types = [];
    private BoundExpr _body = null!;
    private bool _inlineSelfCalls;
    private bool _inlining;
    private ILLabel _start;
    private int _limitArgument;
    private ILLocal? _marker;

    public TypedFunctionEmitter(UnitEmitter unit, FunctionInfo function, IILWriter il)
    {
        _unit = unit;
        _function = function;
        _il = il;
    }

    public void EmitBody(BoundExpr body)
    {
        _body = body;
        _inlineSelfCalls = NodeCounter.Count(body) <= MaxInlinedNodes;
        _il.MarkSequencePoint(_function.Span);
        _unit.Host.BeginBody(_il, typed: true);
        int prefix = _unit.Host.TypedPrefix.Count;
        for (int i = 0; i < _function.ParameterCount; i++)
        {
            LocalVariable parameter = _function.Locals[i];
            _il.Emit(OpCodes.Ldarg, prefix + i);
            _il.Emit(OpCodes.Stloc, Local(parameter, typeof(long)));
        }

        _limitArgument = prefix + _function.ParameterCount;

        _start = _il.DefineLabel();
        _il.MarkLabel(_start);
        EmitTail(body);
    }

    private Type Emit(BoundExpr expr)
    {
        switch (expr)
        {
            case ConstantExpr { Value: long value }:
                _il.Emit(OpCodes.Ldc_I8, value);
                return typeof(long);
            case ConstantExpr { Value: bool value }:
                _il.Emit(value ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                return typeof(bool);
            case LocalLoadExpr load:
                _il.Emit(OpCodes.Ldloc, _locals[load.Variable]);
                return _types[load.Variable];
            case PrimitiveCallExpr primitive:
                return EmitPrimitive(primitive);
            case IfExpr @if:
            {
                ILLabel otherwise = _il.DefineLabel();
                ILLabel done = _il.DefineLabel();
                EmitCondition(@if.Condition, otherwise);
                Type type = Emit(@if.Then);
                _il.Emit(OpCodes.Br, done);
                _il.MarkLabel(otherwise);
                Type other = Emit(@if.Else);
                _il.MarkLabel(done);
                return type == typeof(void) ? other : type;
            }

            case AndExpr and:
                return EmitLogical(and.Operands, isAnd: true);
            case OrExpr or:
                return EmitLogical(or.Operands, isAnd: false);
            case LetExpr let:
                EmitBindings(let);
                return Emit(let.Body);
            case SequenceExpr sequence:
                for (int i = 0; i < sequence.Body.Length - 1; i++)
                {
                    Emit(sequence.Body[i]);
                    _il.Emit(OpCodes.Pop);
                }

                return Emit(sequence.Body[^1]);
            case CallExpr call:
                return EmitCall(call, tail: false);
            default:
                throw new InvalidOperationException($"not typed code: {expr.GetType().Name}");
        }
    }

    private void EmitTail(BoundExpr expr)
    {
        switch (expr)
        {
            case IfExpr @if:
                // In tail position the IL stack is empty: a debugger can stop at each part.
                ILLabel otherwise = _il.DefineLabel();
                _il.MarkSequencePoint(@if.Condition.Span);
                EmitCondition(@if.Condition, otherwise);
                _il.MarkSequencePoint(@if.Then.Span);
                EmitTail(@if.Then);
                _il.MarkLabel(otherwise);
                _il.MarkSequencePoint(@if.Else.Span);
                EmitTail(@if.Else);
                break;
            case LetExpr let:
                EmitBindings(let);
                EmitTail(let.Body);
                break;
            case SequenceExpr sequence:
                for (int i = 0; i < sequence.Body.Length - 1; i++)
                {
                    Emit(sequence.Body[i]);
                    _il.Emit(OpCodes.Pop);
                }

                EmitTail(sequence.Body[^1]);
                break;
            case CallExpr call:
                EmitCall(call, tail: true);
                break;
            case AndExpr { Operands.Length: > 0 } and:
                EmitLogicalTail(and.Operands, isAnd: true);
                break;
            case OrExpr { Operands.Length: > 0 } or:
                EmitLogicalTail(or.Operands, isAnd: false);
                break;
            default:
                Emit(expr);
                _il.Emit(OpCodes.Ret);
                break;
        }
    }

    private Type EmitPrimitive(PrimitiveCallExpr primitive)
    {
        Emit(primitive.Left);
        Emit(primitive.Right);
        switch (primitive.Op)
        {
            case PrimitiveOp.Add:
                _il.Emit(OpCodes.Add_Ovf);
                return typeof(long);
            case PrimitiveOp.Subtract:
                _il.Emit(OpCodes.Sub_Ovf);
                return typeof(long);
            case PrimitiveOp.Multiply:
                _il.Emit(OpCodes.Mul_Ovf);
                return typeof(long);
            default:
                ILEmitting.EmitCompare(_il, primitive.Op);
                return typeof(bool);
        }
    }

    private void EmitCondition(BoundExpr condition, ILLabel whenFalse)
    {
        if (condition is PrimitiveCallExpr primitive && primitive.Op >= PrimitiveOp.Less)
        {
            Emit(primitive.Left);
            Emit(primitive.Right);
            ILEmitting.EmitBranchUnless(_il, primitive.Op, whenFalse);
            return;
        }

        Type type = Emit(condition);
        if (type == typeof(long))
        {
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Conv_I8);
            _il.Emit(OpCodes.Beq, whenFalse);
        }
        else
        {
            _il.Emit(OpCodes.Brfalse, whenFalse);
        }
    }

    private Type EmitLogical(System.Collections.Immutable.ImmutableArray<BoundExpr> operands, bool isAnd)
    {
        if (operands.IsEmpty)
        {
            _il.Emit(isAnd ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
            return typeof(bool);
        }

        ILLabel shortCut = _il.DefineLabel();
        ILLabel done = _il.DefineLabel();
        for (int i = 0; i < operands.Length - 1; i++)
        {
            Emit(operands[i]);
            _il.Emit(isAnd ? OpCodes.Brfalse : OpCodes.Brtrue, shortCut);
        }

        Emit(operands[^1]);
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(shortCut);
        _il.Emit(isAnd ? OpCodes.Ldc_I4_0 : OpCodes.Ldc_I4_1);
        _il.MarkLabel(done);
        return typeof(bool);
    }

    /// <summary><c>and</c>/<c>or</c> in tail position: the last operand is in tail position too.</summary>
    private void EmitLogicalTail(System.Collections.Immutable.ImmutableArray<BoundExpr> operands, bool isAnd)
    {
        ILLabel shortCut = _il.DefineLabel();
        for (int i = 0; i < operands.Length - 1; i++)
        {
            Emit(operands[i]);
            _il.Emit(isAnd ? OpCodes.Brfalse : OpCodes.Brtrue, shortCut);
        }

        EmitTail(operands[^1]);
        _il.MarkLabel(shortCut);
        _il.Emit(isAnd ? OpCodes.Ldc_I4_0 : OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Ret);
    }

    private void EmitBindings(LetExpr let)
    {
        foreach (LetBinding binding in let.Bindings)
        {
            Type type = Emit(binding.Value);
            _il.Emit(OpCodes.Stloc, Local(binding.Variable, type));
        }
    }

    private Type EmitCall(CallExpr call, bool tail)
    {
        KnownFunction callee = _unit.Known.Callee(call) ?? throw new InvalidOperationException("typed code calls only known functions");
        TypedSignature signature = _unit.Typed[callee.Function];
        if (tail && callee.Function == _function)
        {
            foreach (BoundExpr argument in call.Arguments)
            {
                Emit(argument);
            }

            for (int i = call.Arguments.Length - 1; i >= 0; i--)
            {
                _il.Emit(OpCodes.Stloc, _locals[_function.Locals[i]]);
            }

            _il.Emit(OpCodes.Br, _start);
            return signature.ReturnType;
        }

        if (!tail && callee.Function == _function && _inlineSelfCalls && !_inlining)
        {
            return EmitInlinedSelfCall(call);
        }

        if (!tail)
        {
            EmitStackCheck(call);
        }

        _unit.Host.EmitTypedPrefixArguments(_il);
        foreach (BoundExpr argument in call.Arguments)
        {
            Emit(argument);
        }

        _il.Emit(OpCodes.Ldarg, _limitArgument);

        if (tail)
        {
            _il.Emit(OpCodes.Tailcall);
        }

        _il.Emit(OpCodes.Call, _unit.TypedCodeOf(callee.Function));
        if (tail)
        {
            _il.Emit(OpCodes.Ret);
        }

        return signature.ReturnType;
    }

    /// <summary>
    /// A non-tail self-call with the body inlined once (its own self-calls stay calls): half the calls,
    /// half the stack checks, as a JIT with profile data would do for ordinary code, but here also for
    /// DynamicMethods. The arguments go to fresh locals that stand for the parameters inside the copy.
    /// </summary>
    private Type EmitInlinedSelfCall(CallExpr call)
    {
        var arguments = new ILLocal[call.Arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            Emit(call.Arguments[i]);
            arguments[i] = _il.DeclareLocal(typeof(long));
            _il.Emit(OpCodes.Stloc, arguments[i]);
        }

        (var outerLocals, var outerTypes) = (_locals, _types);
        _locals = [];
        _types = [];
        for (int i = 0; i < arguments.Length; i++)
        {
            _locals[_function.Locals[i]] = arguments[i];
            _types[_function.Locals[i]] = typeof(long);
        }

        _inlining = true;
        Type type = Emit(_body);
        _inlining = false;
        (_locals, _types) = (outerLocals, outerTypes);
        return type;
    }

    /// <summary>
    /// The deep-recursion guard before a non-tail call: the address of a local against the stack limit
    /// the method received; below it, the runtime moves the mark or raises "Stack overflow" here.
    /// </summary>
    private void EmitStackCheck(CallExpr call)
    {
        ILLabel ok = _il.DefineLabel();
        _marker ??= _il.DeclareLocal(typeof(byte));
        _il.Emit(OpCodes.Ldloca, _marker);
        _il.Emit(OpCodes.Conv_U);
        _il.Emit(OpCodes.Ldarg, _limitArgument);
        _il.Emit(OpCodes.Bge_Un, ok);
        SourceLocation location = _function.Source.GetLocation(call.Span.Start);
        var site = new SourceSite(_function.Source.Path, location.Line, location.Column, _function.Name);
        _il.Emit(OpCodes.Ldstr, site.Position);
        _il.Emit(OpCodes.Ldstr, site.TraceLine);
        _il.Emit(OpCodes.Call, RuntimeMembers.StackOverflow);
        _il.MarkLabel(ok);
    }

    private ILLocal Local(LocalVariable variable, Type type)
    {
        if (!_locals.TryGetValue(variable, out ILLocal? local))
        {
            local = _il.DeclareLocal(type);
            _il.NameLocal(local, variable.Name);
            _locals[variable] = local;
            _types[variable] = type;
        }

        return local;
    }

    private sealed class NodeCounter : IrWalker
    {
        private int _count;

        public static int Count(BoundExpr body)
        {
            var counter = new NodeCounter();
            counter.Visit(body);
            return counter._count;
        }

        public override void Visit(BoundExpr expr)
        {
            _count++;
            base.Visit(expr);
        }
    }
}
