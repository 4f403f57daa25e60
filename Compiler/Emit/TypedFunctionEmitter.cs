using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Compiler.Text;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// Emits the typed method of a typed known function (<see cref="TypeInference"/>): <c>long</c>,
/// <c>bool</c> and <c>object</c> on the IL stack as the signature's expression types say, checked
/// arithmetic (<c>add.ovf</c>: overflow leaves the typed code), <see cref="TypedOps"/> for objects (a
/// value of an unexpected kind leaves it too), direct calls to other typed methods, self tail calls as
/// loops and other tail calls with <c>tail.</c>.
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
    private readonly TypedSignature _signature;
    /// <summary>The method's parameter locals (a self tail call stores its arguments there and loops).</summary>
    private ILLocal[] _parameters = [];
    /// <summary>The expression types of the body being emitted: the method's own, or those of a callee inlined in tail position.</summary>
    private IReadOnlyDictionary<BoundExpr, Type> _expressionTypes;
    /// <summary>The function whose body is being emitted (for the positions of stack checks).</summary>
    private FunctionInfo _current;
    /// <summary>The known function inlined in tail position, with the label its own self tail calls loop to and its parameter locals.</summary>
    private (FunctionInfo Function, ILLabel Start, ILLocal[] Parameters)? _tailInlined;
    /// <summary>What the branches taken so far say about integer locals: where an add or subtract cannot overflow.</summary>
    private readonly RangeFacts _ranges = new();

    public TypedFunctionEmitter(UnitEmitter unit, FunctionInfo function, IILWriter il)
    {
        _unit = unit;
        _function = function;
        _il = il;
        _signature = unit.Typed[function];
        _expressionTypes = _signature.ExpressionTypes;
        _current = function;
    }

    public void EmitBody(BoundExpr body)
    {
        _body = body;
        _inlineSelfCalls = NodeCounter.Count(body) <= MaxInlinedNodes;
        _il.MarkSequencePoint(_function.Span);
        _unit.Host.BeginBody(_il, typed: true);
        int prefix = _unit.Host.TypedPrefix.Count;
        _parameters = new ILLocal[_function.ParameterCount];
        for (int i = 0; i < _function.ParameterCount; i++)
        {
            LocalVariable parameter = _function.Locals[i];
            _il.Emit(OpCodes.Ldarg, prefix + i);
            _parameters[i] = Local(parameter, _signature.ParameterTypes[i]);
            _il.Emit(OpCodes.Stloc, _parameters[i]);
        }

        _limitArgument = prefix + _function.ParameterCount;

        EmitBoundGuards(_function, _signature, body, _parameters);
        _start = _il.DefineLabel();
        _il.MarkLabel(_start);
        EmitTail(body);
    }

    /// <summary>
    /// A <c>long</c> parameter that every self tail call passes on unchanged and the body compares with
    /// another local (a loop's limit) is checked once here to be neither extreme value, leaving typed
    /// code if it is one: then <c>i &lt;= n</c> proves <c>(+ i 1)</c> fits (see <see cref="RangeFacts"/>).
    /// </summary>
    private void EmitBoundGuards(FunctionInfo function, TypedSignature signature, BoundExpr body, ILLocal[] parameters)
    {
        HashSet<LocalVariable> compared = LoopFacts.ComparedWithLocals(body);
        foreach (int i in LoopFacts.InvariantParameters(function, body, _unit.Known))
        {
            if (signature.ParameterTypes[i] != typeof(long) || !compared.Contains(function.Locals[i]))
            {
                continue;
            }

            ILLabel fine = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, parameters[i]);
            _il.Emit(OpCodes.Ldc_I8, long.MinValue + 1);
            _il.Emit(OpCodes.Sub); // MinValue and MaxValue wrap to the two largest unsigned values
            _il.Emit(OpCodes.Ldc_I8, -2L);
            _il.Emit(OpCodes.Blt_Un, fine);
            _il.Emit(OpCodes.Call, RuntimeMembers.TypedLeave);
            _il.MarkLabel(fine);
            _ranges.NotExtreme(parameters[i]);
        }
    }

    /// <summary>The local and constant sides of a comparison in typed code, when both are integer locals or literals.</summary>
    private bool TryComparison(BoundExpr condition, out PrimitiveOp op, out (ILLocal? Local, long Constant) left, out (ILLocal? Local, long Constant) right)
    {
        op = default;
        left = right = default;
        if (condition is not PrimitiveCallExpr { Op: PrimitiveOp.Less or PrimitiveOp.Greater or PrimitiveOp.LessEqual or PrimitiveOp.GreaterEqual } primitive)
        {
            return false;
        }

        op = primitive.Op;
        return TryOperand(primitive.Left, out left) && TryOperand(primitive.Right, out right);
    }

    private bool TryOperand(BoundExpr operand, out (ILLocal? Local, long Constant) side)
    {
        side = default;
        switch (operand)
        {
            case ConstantExpr { Value: long constant }:
                side = (null, constant);
                return true;
            case LocalLoadExpr load when _types.GetValueOrDefault(load.Variable) == typeof(long) && _locals.TryGetValue(load.Variable, out ILLocal local):
                side = (local, 0);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Emits one branch of an <c>if</c> knowing how its condition came out.</summary>
    private void InBranch(BoundExpr condition, bool outcome, Action emit)
    {
        int known = _ranges.Count;
        if (TryComparison(condition, out PrimitiveOp op, out var left, out var right))
        {
            _ranges.Assume(op, left, right, outcome);
        }

        emit();
        _ranges.Restore(known);
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
            case ConstantExpr { Value: null }:
                _il.Emit(OpCodes.Ldnull);
                return typeof(object);
            case ConstantExpr { Value: string text }:
                _il.Emit(OpCodes.Ldstr, text);
                return typeof(object);
            case LocalLoadExpr load:
                _il.Emit(OpCodes.Ldloc, _locals[load.Variable]);
                return _types[load.Variable];
            case PrimitiveCallExpr primitive:
                return EmitPrimitive(primitive);
            case IfExpr @if:
            {
                Type type = TypeOf(@if);
                ILLabel otherwise = _il.DefineLabel();
                ILLabel done = _il.DefineLabel();
                EmitCondition(@if.Condition, otherwise);
                InBranch(@if.Condition, true, () => EmitAs(@if.Then, type));
                _il.Emit(OpCodes.Br, done);
                _il.MarkLabel(otherwise);
                InBranch(@if.Condition, false, () => EmitAs(@if.Else, type));
                _il.MarkLabel(done);
                return type;
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
            case MatchExpr match:
                return EmitMatch(match, tail: false);
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
                InBranch(@if.Condition, true, () => EmitTail(@if.Then));
                _il.MarkLabel(otherwise);
                _il.MarkSequencePoint(@if.Else.Span);
                InBranch(@if.Condition, false, () => EmitTail(@if.Else));
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
            case MatchExpr match:
                EmitMatch(match, tail: true);
                break;
            case AndExpr { Operands.Length: > 0 } and:
                EmitLogicalTail(and.Operands, isAnd: true);
                break;
            case OrExpr { Operands.Length: > 0 } or:
                EmitLogicalTail(or.Operands, isAnd: false);
                break;
            default:
                EmitAs(expr, _signature.ReturnType);
                _il.Emit(OpCodes.Ret);
                break;
        }
    }

    /// <summary>The type the typed code gives an expression (a call still being inferred has its callee's result type).</summary>
    private Type TypeOf(BoundExpr expr) => _expressionTypes[expr] is var type && type == typeof(void) ? typeof(object) : type;

    /// <summary>Emits an expression and converts its value to <paramref name="target"/>.</summary>
    private void EmitAs(BoundExpr expr, Type target) => Convert(Emit(expr), target);

    /// <summary>
    /// Converts the value on the stack: integers and booleans are boxed to the runtime's canonical
    /// objects; an object is unboxed to an integer (leaving typed code if it is not one) or tested for truth.
    /// </summary>
    private void Convert(Type from, Type target)
    {
        if (from == target || from == typeof(void))
        {
            return;
        }

        if (target == typeof(object))
        {
            _il.Emit(OpCodes.Call, from == typeof(bool) ? RuntimeMembers.Bool : RuntimeMembers.Box);
        }
        else if (target == typeof(long) && from == typeof(object))
        {
            _il.Emit(OpCodes.Call, RuntimeMembers.TypedToLong);
        }
        else if (target == typeof(bool) && from == typeof(object))
        {
            _il.Emit(OpCodes.Call, RuntimeMembers.IsTruthy);
        }
        else if (target == typeof(bool) && from == typeof(long))
        {
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Conv_I8);
            _il.Emit(OpCodes.Cgt_Un); // a non-zero integer is true
        }
        else
        {
            throw new InvalidOperationException($"typed code converts {from.Name} to {target.Name}");
        }
    }

    private Type EmitPrimitive(PrimitiveCallExpr primitive)
    {
        if (GenericEquality(primitive))
        {
            // Typed code is pure: the operands may be evaluated in either order.
            (BoundExpr first, BoundExpr second) = TypeOf(primitive.Left) == typeof(long) ? (primitive.Right, primitive.Left) : (primitive.Left, primitive.Right);
            bool againstInteger = TypeOf(second) == typeof(long);
            EmitAs(first, typeof(object));
            EmitAs(second, againstInteger ? typeof(long) : typeof(object));
            _il.Emit(OpCodes.Call, againstInteger ? RuntimeMembers.TypedEqualLong : RuntimeMembers.TypedEqual);
            if (primitive.Op == PrimitiveOp.NotEqual)
            {
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Ceq);
            }

            return typeof(bool);
        }

        bool fits = CannotOverflow(primitive);
        EmitOperands(primitive);
        switch (primitive.Op)
        {
            case PrimitiveOp.Add:
                _il.Emit(fits ? OpCodes.Add : OpCodes.Add_Ovf);
                return typeof(long);
            case PrimitiveOp.Subtract:
                _il.Emit(fits ? OpCodes.Sub : OpCodes.Sub_Ovf);
                return typeof(long);
            case PrimitiveOp.Multiply:
                _il.Emit(OpCodes.Mul_Ovf);
                return typeof(long);
            default:
                ILEmitting.EmitCompare(_il, primitive.Op);
                return typeof(bool);
        }
    }

    /// <summary><c>(+ i k)</c>, <c>(+ k i)</c> or <c>(- i k)</c> with a positive literal <c>k</c> that the known ranges prove fits.</summary>
    private bool CannotOverflow(PrimitiveCallExpr primitive)
    {
        (BoundExpr local, BoundExpr amount) = primitive is { Op: PrimitiveOp.Add, Left: ConstantExpr } ? (primitive.Right, primitive.Left) : (primitive.Left, primitive.Right);
        if (primitive.Op is not (PrimitiveOp.Add or PrimitiveOp.Subtract) || amount is not ConstantExpr { Value: long k } || k <= 0
            || !TryOperand(local, out var side) || side.Local is not { } variable)
        {
            return false;
        }

        return primitive.Op == PrimitiveOp.Add ? _ranges.CanAdd(variable, k) : _ranges.CanSubtract(variable, k);
    }

    private void EmitCondition(BoundExpr condition, ILLabel whenFalse)
    {
        if (condition is PrimitiveCallExpr primitive && primitive.Op >= PrimitiveOp.Less && !GenericEquality(primitive))
        {
            EmitOperands(primitive);
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
            Convert(type, typeof(bool));
            _il.Emit(OpCodes.Brfalse, whenFalse);
        }
    }

    /// <summary>
    /// <c>=</c>/<c>!=</c> that is not on two integers or two booleans: compared as objects, as the builtin does.
    /// </summary>
    private bool GenericEquality(PrimitiveCallExpr primitive)
    {
        if (primitive.Op is not (PrimitiveOp.Equal or PrimitiveOp.NotEqual))
        {
            return false;
        }

        Type left = TypeOf(primitive.Left);
        Type right = TypeOf(primitive.Right);
        return left != right || left == typeof(object);
    }

    /// <summary>The operands of an operator other than generic equality: integers (or two booleans for <c>=</c>).</summary>
    private void EmitOperands(PrimitiveCallExpr primitive)
    {
        Type operand = primitive.Op is PrimitiveOp.Equal or PrimitiveOp.NotEqual ? TypeOf(primitive.Left) : typeof(long);
        EmitAs(primitive.Left, operand);
        EmitAs(primitive.Right, operand);
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
            EmitAs(operands[i], typeof(bool));
            _il.Emit(isAnd ? OpCodes.Brfalse : OpCodes.Brtrue, shortCut);
        }

        EmitAs(operands[^1], typeof(bool));
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
            EmitAs(operands[i], typeof(bool));
            _il.Emit(isAnd ? OpCodes.Brfalse : OpCodes.Brtrue, shortCut);
        }

        EmitTail(operands[^1]);
        _il.MarkLabel(shortCut);
        _il.Emit(isAnd ? OpCodes.Ldc_I4_0 : OpCodes.Ldc_I4_1);
        Convert(typeof(bool), _signature.ReturnType);
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
                Convert(typeof(long), _signature.ReturnType);
                _il.Emit(OpCodes.Ret);
            }

            return typeof(long);
        }

        if (TypeInference.PureBuiltin(call, _unit.Known) is { } builtin)
        {
            Type type = EmitPureBuiltin(call, builtin);
            if (tail)
            {
                Convert(type, _signature.ReturnType);
                _il.Emit(OpCodes.Ret);
            }

            return type;
        }

        KnownFunction callee = _unit.Known.Callee(call) ?? throw new InvalidOperationException("typed code calls only known functions");
        TypedSignature signature = _unit.Typed[callee.Function];
        if (tail && callee.Function == _function)
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

        if (!tail && callee.Function == _function && _inlineSelfCalls && !_inlining)
        {
            return EmitInlinedSelfCall(call);
        }

        // A tail call returns the callee's value as this method's: with another result type it converts after a plain call.
        bool tailCall = tail && signature.ReturnType == _signature.ReturnType;
        if (!tailCall)
        {
            EmitStackCheck(call);
        }

        _unit.Host.EmitTypedPrefixArguments(_il);
        for (int i = 0; i < call.Arguments.Length; i++)
        {
            EmitAs(call.Arguments[i], signature.ParameterTypes[i]);
        }

        _il.Emit(OpCodes.Ldarg, _limitArgument);

        if (tailCall)
        {
            _il.Emit(OpCodes.Tailcall);
        }

        _il.Emit(OpCodes.Call, _unit.TypedCodeOf(callee.Function));
        if (tail)
        {
            Convert(signature.ReturnType, _signature.ReturnType);
            _il.Emit(OpCodes.Ret);
        }

        return signature.ReturnType;
    }

    /// <summary>A tail call that loops: the arguments (all evaluated first) go to the parameter locals, then a jump to the start.</summary>
    private void EmitLoop(CallExpr call, TypedSignature signature, ILLocal[] parameters, ILLabel start)
    {
        for (int i = 0; i < call.Arguments.Length; i++)
        {
            EmitAs(call.Arguments[i], signature.ParameterTypes[i]);
        }

        for (int i = call.Arguments.Length - 1; i >= 0; i--)
        {
            _il.Emit(OpCodes.Stloc, parameters[i]);
        }

        _il.Emit(OpCodes.Br, start);
    }

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
            parameters[i] = _il.DeclareLocal(signature.ParameterTypes[i]);
            _il.NameLocal(parameters[i], callee.Function.Locals[i].Name);
        }

        ILLabel start = _il.DefineLabel();
        for (int i = 0; i < call.Arguments.Length; i++)
        {
            EmitAs(call.Arguments[i], signature.ParameterTypes[i]);
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
            _types[callee.Function.Locals[i]] = signature.ParameterTypes[i];
        }

        (_expressionTypes, _current, _tailInlined, _inlining) = (signature.ExpressionTypes, callee.Function, (callee.Function, start, parameters), true);
        _il.MarkLabel(start);
        EmitTail(callee.Lambda.Body);
        (_locals, _types, _expressionTypes, _current, _tailInlined, _inlining) = (outerLocals, outerTypes, outerExpressionTypes, outerCurrent, null, false);
        return signature.ReturnType;
    }

    /// <summary>
    /// <c>match</c> as on the VM (each clause tests its pattern and jumps to the next on the first failed
    /// test), on object locals; when no clause matches the typed code is left (the boxed rerun reports it).
    /// </summary>
    private Type EmitMatch(MatchExpr match, bool tail)
    {
        Type type = TypeOf(match);
        EmitAs(match.Scrutinee, typeof(object));
        ILLocal value = Local(match.Temp, typeof(object));
        _il.Emit(OpCodes.Stloc, value);
        ILLabel done = _il.DefineLabel();
        foreach (MatchClause clause in match.Clauses)
        {
            ILLabel next = _il.DefineLabel();
            EmitPatternTest(clause.Pattern, value, next);
            if (tail)
            {
                EmitTail(clause.Body);
            }
            else
            {
                EmitAs(clause.Body, type);
                _il.Emit(OpCodes.Br, done);
            }

            _il.MarkLabel(next);
        }

        _il.Emit(OpCodes.Call, RuntimeMembers.TypedNoMatch);
        Convert(typeof(object), tail ? _signature.ReturnType : type);
        if (tail)
        {
            _il.Emit(OpCodes.Ret);
        }

        _il.MarkLabel(done);
        return type;
    }

    private void EmitPatternTest(BoundPattern pattern, ILLocal value, ILLabel fail)
    {
        switch (pattern)
        {
            case WildcardPattern:
                break;
            case VariablePattern variable:
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Stloc, Local(variable.Variable, typeof(object)));
                break;
            case LiteralPattern { Value: long number }:
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Ldc_I8, number);
                _il.Emit(OpCodes.Call, RuntimeMembers.TypedEqualLong);
                _il.Emit(OpCodes.Brfalse, fail);
                break;
            case LiteralPattern literal:
                _il.Emit(OpCodes.Ldloc, value);
                if (literal.Value is bool flag)
                {
                    _il.Emit(flag ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                    _il.Emit(OpCodes.Call, RuntimeMembers.Bool);
                }
                else
                {
                    _il.Emit(OpCodes.Ldstr, (string)literal.Value);
                }

                _il.Emit(OpCodes.Call, RuntimeMembers.TypedEqual);
                _il.Emit(OpCodes.Brfalse, fail);
                break;
            case ConstructorPattern ctor:
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Ldstr, ctor.Name);
                _il.Emit(OpCodes.Ldc_I4, ctor.Arguments.Length);
                _il.Emit(OpCodes.Call, RuntimeMembers.MatchesConstructor);
                _il.Emit(OpCodes.Brfalse, fail);
                for (int i = 0; i < ctor.Arguments.Length; i++)
                {
                    if (ctor.Arguments[i] is WildcardPattern)
                    {
                        continue;
                    }

                    ILLocal field = Local(ctor.Temps[i], typeof(object));
                    _il.Emit(OpCodes.Ldloc, value);
                    _il.Emit(OpCodes.Ldc_I4, i);
                    _il.Emit(OpCodes.Call, RuntimeMembers.Field);
                    _il.Emit(OpCodes.Stloc, field);
                    EmitPatternTest(ctor.Arguments[i], field, fail);
                }

                break;
            default:
                throw new InvalidOperationException($"not a typed pattern: {pattern.GetType().Name}");
        }
    }

    /// <summary>A pure builtin on objects (<see cref="TypedOps"/>); the result as <see cref="TypeInference"/> typed it.</summary>
    private Type EmitPureBuiltin(CallExpr call, string name)
    {
        foreach (BoundExpr argument in call.Arguments)
        {
            EmitAs(argument, typeof(object));
        }

        System.Reflection.MethodInfo method = RuntimeMembers.TypedPureBuiltin(name);
        _il.Emit(OpCodes.Call, method);
        return method.ReturnType == typeof(long) || method.ReturnType == typeof(bool) ? method.ReturnType : typeof(object);
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
            Type parameterType = _signature.ParameterTypes[i];
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
            _types[_function.Locals[i]] = _signature.ParameterTypes[i];
        }

        _inlining = true;
        EmitAs(_body, _signature.ReturnType);
        _inlining = false;
        (_locals, _types) = (outerLocals, outerTypes);
        return _signature.ReturnType;
    }

    /// <summary>
    /// The deep-recursion guard before a non-tail call: the address of a local against the stack limit
    /// the method received; below it, the runtime moves the mark or raises "Stack overflow" here.
    /// </summary>
    private void EmitStackCheck(CallExpr call)
    {
        ILLabel ok = _il.DefineLabel();
        _marker ??= _il.DeclareLocal(typeof(byte));
        _il.Emit(OpCodes.Ldloca, _marker.Value);
        _il.Emit(OpCodes.Conv_U);
        _il.Emit(OpCodes.Ldarg, _limitArgument);
        _il.Emit(OpCodes.Bge_Un, ok);
        SourceLocation location = _current.Source.GetLocation(call.Span.Start);
        var site = new SourceSite(_current.Source.Path, location.Line, location.Column, _current.Name);
        _il.Emit(OpCodes.Ldstr, site.Position);
        _il.Emit(OpCodes.Ldstr, site.TraceLine);
        _il.Emit(OpCodes.Call, RuntimeMembers.StackOverflow);
        _il.MarkLabel(ok);
    }

    private ILLocal Local(LocalVariable variable, Type type)
    {
        if (!_locals.TryGetValue(variable, out ILLocal local))
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
