using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Compiler.Text;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// Emits the typed method of a typed known function (<see cref="TypeInference"/>): <c>long</c>,
/// <c>bool</c> and <c>object</c> on the IL stack as the signature's expression types say, checked
/// arithmetic (<c>add.ovf</c>: overflow leaves the typed code), <see cref="TypedOps"/> for objects (a
/// value of an unexpected kind leaves it too), direct calls to other typed methods, self tail calls as
/// loops and other tail calls with <c>tail.</c>.
/// </summary>
internal sealed partial class TypedFunctionEmitter
{
    private readonly UnitEmitter _unit;
    private readonly FunctionInfo _function;
    private readonly IILWriter _il;
    /// <summary>The same writer as <see cref="_il"/>: knows whether this frame has passed a stack check on every path to here.</summary>
    private readonly FrameCheckTracker _frameCheck;
    /// <summary>Bodies up to this many IR nodes get one level of their self-calls inlined.</summary>
    private const int MaxInlinedNodes = 48;
    /// <summary>
    /// Bodies whose parameters are all integers get more levels of self-inlining, the copies' own
    /// self-calls inlined again, as long as all the copies together stay within this many IR nodes
    /// (<see cref="SelfInlineLevels"/>), up to <see cref="MaxSelfInlineLevels"/>: fib (16 nodes, two
    /// self-calls) gets three levels and makes an eighth of the calls; tree_match's <c>build</c> (27) two;
    /// tak (28 nodes, four self-calls) one. Only integer parameters: a recursion that takes data (a tree
    /// fold) spends its time in memory, and there the bigger method did not gain (tree_match's
    /// <c>tree-sum</c>: 1.24-1.26 ms either way in Dynamic).
    /// </summary>
    private const int SelfInlineBudget = 256;
    private const int MaxSelfInlineLevels = 3;

    private Dictionary<LocalVariable, ILLocal> _locals = [];
    private Dictionary<LocalVariable, Type> _types = [];
    private BoundExpr _body = null!;
    private bool _inlineSelfCalls;
    private bool _inlining;
    /// <summary>How many self-call copies enclose the code being emitted, and how many may nest (two for the tiniest bodies).</summary>
    private int _selfInlined;
    private int _selfInlineLevels;
    private ILLabel _start;

    /// <summary>
    /// The stack limit the method received, kept in a local whose address is the stack check's marker
    /// (<see cref="EmitStackCheck"/>): a local whose address is taken lives in the frame, so the limit holds
    /// no callee-saved register across the method's calls. It is read only at calls; with it in a register,
    /// nqueens' <c>row</c>, <c>n</c>, <c>k</c>, <c>placed</c>, <c>acc</c> and the limit wanted six callee-saved
    /// registers where x64 has five, and the JIT spilled <c>row</c> inside the inner loop.
    /// </summary>
    private ILLocal _limit = null!;
    /// <summary>The failing stack checks' blocks, emitted after the method's code (<see cref="EmitColdBlocks"/>).</summary>
    private readonly List<ColdBlock> _coldBlocks = [];

    /// <summary>
    /// A failing stack check's block: where the check jumps, where it jumps back, and the call's site. A class of
    /// this assembly, not a tuple: a list of a tuple over this assembly's struct is code no precompiled image
    /// holds, and seven of its methods were JIT-compiled at a fresh process's first Dynamic eval.
    /// </summary>
    private sealed record ColdBlock(ILLabel Low, ILLabel Back, SourceSite Site);
    private readonly TypedSignature _signature;
    /// <summary>The method's parameter locals (a self tail call stores its arguments there and loops).</summary>
    private ILLocal[] _parameters = [];
    /// <summary>The expression types of the body being emitted: the method's own, or those of a callee inlined in tail position.</summary>
    private IReadOnlyDictionary<BoundExpr, Type> _expressionTypes;
    /// <summary>The function whose body is being emitted (for the positions of stack checks).</summary>
    private FunctionInfo _current;
    /// <summary>The known function inlined in tail position, with the label its own self tail calls loop to and its parameter locals.</summary>
    private (FunctionInfo Function, ILLabel Start, ILLocal[] Parameters)? _tailInlined;
    /// <summary>Where a value in tail position goes while a callee is inlined at a non-tail call site: its result local and the label after the copy. Null: tail position returns.</summary>
    private (ILLabel End, ILLocal Result, Type Type)? _returnTo;
    /// <summary>What the branches taken so far say about integer locals: where an add or subtract cannot overflow.</summary>
    private readonly RangeFacts _ranges = new();
    /// <summary>The list locals the branches taken so far prove non-empty (<c>(empty? xs)</c> was false).</summary>
    private readonly HashSet<ILLocal> _nonEmpty = [];
    /// <summary>The integer-list locals the branches taken so far prove hold a cell, not null (<c>(empty? xs)</c> was false).</summary>
    private readonly HashSet<ILLocal> _cells = [];

    public TypedFunctionEmitter(UnitEmitter unit, FunctionInfo function, IILWriter il)
    {
        _unit = unit;
        _function = function;
        _frameCheck = new FrameCheckTracker(il);
        _il = _frameCheck;
        _signature = unit.Typed[function];
        _expressionTypes = _signature.ExpressionTypes;
        _current = function;
    }

    public void EmitBody(BoundExpr body)
    {
        _body = body;
        (int nodes, int selfCalls) = NodeCounter.Measure(body, _unit.Known, _function);
        _inlineSelfCalls = nodes <= MaxInlinedNodes;
        _selfInlineLevels = OnlyIntegerParameters() ? SelfInlineLevels(nodes, selfCalls) : 1;
        _il.MarkSequencePoint(_function.Span);
        int prefix = _unit.TypedPrefixOf(_function).Count;
        if (prefix > 0)
        {
            _unit.Host.BeginBody(_il, typed: true);
        }

        _parameters = new ILLocal[_function.ParameterCount];
        for (int i = 0; i < _function.ParameterCount; i++)
        {
            LocalVariable parameter = _function.Locals[i];
            _il.Emit(OpCodes.Ldarg, prefix + i);
            _parameters[i] = Local(parameter, _signature.ParameterLocalType(i));
            Convert(_signature.ParameterTypes[i], _parameters[i].Type); // an accumulator starts from the list it is given
            _il.Emit(OpCodes.Stloc, _parameters[i]);
        }

        _limit = _il.DeclareLocal(typeof(nuint));
        _il.Emit(OpCodes.Ldarg, prefix + _function.ParameterCount);
        _il.Emit(OpCodes.Stloc, _limit);

        EmitBoundGuards(_function, _signature, body, _parameters);
        EmitUnrolledSum(_function, body, _signature, _parameters);
        _start = _il.DefineLabel();
        _il.MarkLabel(_start);
        EmitTail(body);
        EmitColdBlocks();
    }

    /// <summary>
    /// The most levels of self-inlining (at most <see cref="MaxSelfInlineLevels"/>) for which the body and
    /// all its copies (a body of <paramref name="selfCalls"/> self-calls has that many copies at the first
    /// level, their square at the second) stay within <see cref="SelfInlineBudget"/> nodes; at least one.
    /// </summary>
    private static int SelfInlineLevels(int nodes, int selfCalls)
    {
        int levels = 1;
        long copies = 1 + selfCalls;
        long width = selfCalls;
        while (levels < MaxSelfInlineLevels)
        {
            width *= selfCalls;
            if (nodes * (copies + width) > SelfInlineBudget)
            {
                break;
            }

            copies += width;
            levels++;
        }

        return levels;
    }

    private bool OnlyIntegerParameters()
    {
        foreach (Type type in _signature.ParameterTypes)
        {
            if (type != typeof(long))
            {
                return false;
            }
        }

        return true;
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
            case ListExpr list:
                // Typed code is pure: the items may be evaluated last to first, consing onto the empty list.
                _il.Emit(OpCodes.Call, RuntimeMembers.Lists[0]);
                for (int i = list.Items.Length - 1; i >= 0; i--)
                {
                    EmitAs(list.Items[i], typeof(object));
                    _il.Emit(OpCodes.Call, RuntimeMembers.TypedConsOnto);
                }

                return typeof(FluentList);
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
                EmitReturn(Emit(expr));
                break;
        }
    }

    /// <summary>
    /// The value on the stack, of type <paramref name="from"/>, is the value of a tail position: returned,
    /// or, in a callee inlined at a non-tail call site, stored in its result local with a jump past the copy.
    /// </summary>
    private void EmitReturn(Type from)
    {
        if (_returnTo is { } target)
        {
            Convert(from, target.Type);
            _il.Emit(OpCodes.Stloc, target.Result);
            _il.Emit(OpCodes.Br, target.End);
            return;
        }

        Convert(from, _signature.ReturnType);
        _il.Emit(OpCodes.Ret);
    }

    /// <summary>The type the typed code gives an expression (a call still being inferred has its callee's result type).</summary>
    private Type TypeOf(BoundExpr expr) => _expressionTypes[expr] is var type && type == typeof(void) ? typeof(object) : type;

    /// <summary>Emits an expression and converts its value to <paramref name="target"/>.</summary>
    private void EmitAs(BoundExpr expr, Type target)
    {
        if (expr is ListExpr { Items.Length: 0 } && IntegerListAnalysis.IsIntegerList(target))
        {
            EmitEmptyIntegerList(target); // [] where an integer list goes: null, nothing to take in
            return;
        }

        Convert(Emit(expr), target);
    }

    private void EmitEmptyIntegerList(Type listType)
    {
        if (listType == typeof(IntegerCell))
        {
            _il.Emit(OpCodes.Ldnull);
            return;
        }

        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Conv_U);
    }

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

        if (target == typeof(object) && from == typeof(FluentList))
        {
            // a list is already an object
        }
        else if (target == typeof(ListAccumulator))
        {
            if (from != typeof(FluentAI.Runtime.Values.FluentList))
            {
                _il.Emit(OpCodes.Call, RuntimeMembers.TypedToList); // not a list: typed code is left
            }

            _il.Emit(OpCodes.Call, RuntimeMembers.AccumulatorStart);
        }
        else if (from == typeof(ListAccumulator))
        {
            _il.Emit(OpCodes.Call, RuntimeMembers.AccumulatorToList); // the accumulated list, made once
            Convert(typeof(FluentAI.Runtime.Values.FluentList), target);
        }
        else if (IntegerListAnalysis.IsIntegerList(target))
        {
            ILEmitting.EmitEnterIntegerList(_il, target); // a list from elsewhere, taken into cells whole
        }
        else if (target == typeof(object))
        {
            _il.Emit(OpCodes.Call, from == typeof(bool) ? RuntimeMembers.Bool : RuntimeMembers.Box);
        }
        else if (target == typeof(FluentList) && from == typeof(object))
        {
            _il.Emit(OpCodes.Call, RuntimeMembers.TypedToList);
        }
        else if (target == typeof(long) && from == typeof(object))
        {
            _il.Emit(OpCodes.Call, RuntimeMembers.TypedToLong);
        }
        else if (target == typeof(bool) && (from == typeof(object) || from == typeof(FluentList)))
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
        return left != right || (left != typeof(long) && left != typeof(bool));
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
        EmitReturn(typeof(bool));
    }

    private void EmitBindings(LetExpr let)
    {
        foreach (LetBinding binding in let.Bindings)
        {
            Type type;
            if (_unit.Typed[_current].LocalTypes.TryGetValue(binding.Variable, out Type? unboxed))
            {
                EmitAs(binding.Value, unboxed); // a value used only as an integer: unboxed once, here
                type = unboxed;
            }
            else
            {
                type = Emit(binding.Value);
            }

            _il.Emit(OpCodes.Stloc, Local(binding.Variable, type));
        }
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

    /// <summary>Counts the IR nodes of a body and, given the function, the calls in it to that function.</summary>
    private sealed class NodeCounter(KnownFunctions? known, FunctionInfo? self) : IrWalker
    {
        private int _count;
        private int _selfCalls;

        public static int Count(BoundExpr body)
        {
            var counter = new NodeCounter(null, null);
            counter.Visit(body);
            return counter._count;
        }

        public static (int Nodes, int SelfCalls) Measure(BoundExpr body, KnownFunctions known, FunctionInfo self)
        {
            var counter = new NodeCounter(known, self);
            counter.Visit(body);
            return (counter._count, counter._selfCalls);
        }

        public override void Visit(BoundExpr expr)
        {
            _count++;
            if (self is not null && expr is CallExpr call && known!.Callee(call)?.Function == self)
            {
                _selfCalls++;
            }

            base.Visit(expr);
        }
    }
}
