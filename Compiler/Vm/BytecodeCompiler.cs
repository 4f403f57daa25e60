using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Vm;

/// <summary>
/// Compiles one function's IR into a <see cref="Proto"/>. Every expression leaves exactly one value;
/// <c>tail</c> says whether the value is returned at once, which turns calls into tail calls.
/// </summary>
public sealed partial class BytecodeCompiler
{
    /// <summary>Lists past this capacity are not kept for reuse, so one huge function does not pin memory.</summary>
    private const int MaxCachedCapacity = 4096;

    private FunctionInfo _function;
    private int[] _code = new int[64];
    private int[] _offsets = new int[64];
    private int _count; // words used in _code and _offsets
    private ConstantSlot[] _constants = new ConstantSlot[16];
    private int _constantCount;
    private readonly List<int> _labels = [];
    // Pairs (instruction index, label), flattened: framework generics over a tuple or a struct of this assembly
    // (List<(int, int)>, Span<ConstantSlot>) have no ReadyToRun code and would be JIT-compiled at every start.
    private readonly List<int> _fixups = [];
    private int _depth;
    private int _maxDepth;
    private int _offset;
    private int _lastOp = -1;

    /// <summary>A constant in a struct, so that stores into the constant buffer skip the covariant array-store check.</summary>
    private struct ConstantSlot
    {
        public object? Value;
    }

    /// <summary>The compiler kept for the lambdas inside this function (they compile while this one works).</summary>
    private BytecodeCompiler? _nested;

    private BytecodeCompiler(FunctionInfo function) => _function = function;

    public static Proto Compile(FunctionInfo function, BoundExpr body)
    {
        BytecodeCompiler? none = null;
        return Compile(function, body, ref none);
    }

    /// <summary>
    /// Compiles with a compiler kept in <paramref name="cache"/> between calls (its buffers are reused),
    /// as the VM does for every top-level form and each compiler for the lambdas of its function (so a
    /// chain of compilers as deep as the deepest lambda nesting is kept); the compiler is taken out while it
    /// works. A compile that throws (a compiler bug) just loses the compiler: the next compile makes a new one.
    /// </summary>
    internal static Proto Compile(FunctionInfo function, BoundExpr body, ref BytecodeCompiler? cache)
    {
        BytecodeCompiler? compiler = cache;
        cache = null;
        if (compiler is null)
        {
            compiler = new BytecodeCompiler(function);
        }
        else
        {
            compiler._function = function;
        }

        compiler._offset = function.Span.Start;
        for (int i = 0; i < function.ParameterCount; i++)
        {
            if (function.Locals[i].IsCaptured)
            {
                compiler.Emit(OpCode.BoxLocal, 0, i);
            }
        }

        compiler.EmitExpr(body, tail: true);
        compiler.EmitReturn();

        // A sentinel Return: error:catch recovery inside a fused return instruction resumes here.
        compiler.Emit(OpCode.Return, 0);
        Proto proto = compiler.Finish();
        if (compiler.Reset())
        {
            cache = compiler;
        }

        return proto;
    }

    /// <summary>Clears the compiler for reuse; false when its lists grew too large to keep.</summary>
    private bool Reset()
    {
        _function = null!;
        _count = 0;
        Array.Clear(_constants, 0, _constantCount); // not Span<ConstantSlot>: see Constant
        _constantCount = 0;
        _labels.Clear();
        _fixups.Clear();
        _depth = 0;
        _maxDepth = 0;
        _offset = 0;
        _lastOp = -1;
        return _code.Length <= MaxCachedCapacity && _constants.Length <= MaxCachedCapacity
            && _labels.Capacity <= MaxCachedCapacity && _fixups.Capacity <= MaxCachedCapacity;
    }

    private Proto Finish()
    {
        ReadOnlySpan<int> labels = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_labels);
        ReadOnlySpan<int> fixups = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_fixups);
        for (int i = 0; i < fixups.Length; i += 2)
        {
            _code[fixups[i]] = labels[fixups[i + 1]];
        }

        int localCount = _function.LocalCount;
        string[] localNames = localCount == 0 ? [] : new string[localCount];
        if (localCount != 0)
        {
            IReadOnlyList<LocalVariable> locals = _function.Locals;
            for (int i = 0; i < localNames.Length; i++)
            {
                localNames[i] = locals[i].Name;
            }
        }

        return new Proto(_function.Name, _function.ParameterCount, localCount, _maxDepth + 1,
            CodeWithOffsets(), _count, ConstantArray(), _function.Source, localNames)
        {
            Function = _function,
            CaptureNames = _function.Captures.Count == 0 ? [] : [.. _function.Captures.Select(c => c.Name)],
        };
    }

    private int[] CodeWithOffsets()
    {
        var words = new int[_count * 2];
        Array.Copy(_code, words, _count);
        Array.Copy(_offsets, 0, words, _count, _count);
        return words;
    }

    private void EmitExpr(BoundExpr expr, bool tail)
    {
        int saved = _offset;
        _offset = expr.Span.Start;
        switch (expr)
        {
            case ConstantExpr constant:
                if (constant.Value is null)
                {
                    Emit(OpCode.Nil, 1);
                }
                else
                {
                    Emit(OpCode.Const, 1, Constant(constant.Value));
                }

                break;
            case LocalLoadExpr load:
                EmitLoad(load.Variable);
                break;
            case GlobalLoadExpr global:
                Emit(OpCode.LoadGlobal, 1, Constant(global.Cell));
                break;
            case GlobalDefineExpr define:
                EmitExpr(define.Value, tail: false);
                Emit(OpCode.DefineGlobal, -1, Constant(define.Cell));
                Emit(OpCode.Nil, 1);
                break;
            case GlobalExportExpr export:
                EmitLoad(export.Variable);
                Emit(OpCode.DefineGlobal, -1, Constant(export.Cell));
                Emit(OpCode.Nil, 1);
                break;
            case ListExpr list:
                foreach (BoundExpr item in list.Items)
                {
                    EmitExpr(item, tail: false);
                }

                Emit(OpCode.MakeList, 1 - list.Items.Length, list.Items.Length);
                break;
            case CallExpr call:
                EmitCall(call, tail);
                break;
            case PrimitiveCallExpr primitive when IsLocalInt(primitive, out int slot, out int immediate):
                Emit(OpCode.PrimitiveLocalInt, 1, (int)primitive.Op, Constant(primitive.Cell), slot, immediate);
                break;
            case PrimitiveCallExpr primitive:
                EmitExpr(primitive.Left, tail: false);
                EmitExpr(primitive.Right, tail: false);
                Emit(OpCode.Primitive, -1, (int)primitive.Op, Constant(primitive.Cell));
                break;
            case LambdaExpr lambda:
                EmitLambda(lambda);
                break;
            case LetExpr let:
                EmitLet(let, tail);
                break;
            case IfExpr @if:
                EmitIf(@if, tail);
                break;
            case SequenceExpr sequence:
                EmitSequence(sequence, tail);
                break;
            case AndExpr and:
                EmitShortCircuit(and.Operands, OpCode.JumpIfFalseOrPop, Runtime.RuntimeOps.True, tail);
                break;
            case OrExpr or:
                EmitShortCircuit(or.Operands, OpCode.JumpIfTrueOrPop, Runtime.RuntimeOps.False, tail);
                break;
            case MatchExpr match:
                EmitMatch(match, tail);
                break;
            case HandlerExpr handler:
                EmitHandler(handler);
                break;
            case ImportExpr import:
                Emit(OpCode.Import, 1, Constant(import.Module));
                break;
            case ContractCheckExpr check:
                EmitExpr(check.Condition, tail: false);
                Emit(OpCode.ContractCheck, -1, Constant(check.Message));
                Emit(OpCode.Nil, 1);
                break;
            default:
                throw new InvalidOperationException($"unexpected IR {expr.GetType().Name}");
        }

        _offset = saved;
    }

    private void EmitCall(CallExpr call, bool tail)
    {
        if (call.Callee is GlobalLoadExpr global)
        {
            // The callee is read from its cell at the call, after the arguments: no callee slot, one dispatch fewer.
            foreach (BoundExpr argument in call.Arguments)
            {
                EmitExpr(argument, tail: false);
            }

            int count = call.Arguments.Length;
            _offset = call.Span.Start;
            Emit(tail ? OpCode.TailCallGlobal : OpCode.CallGlobal, 1 - count, count, Constant(global.Cell));
            if (tail)
            {
                Emit(OpCode.Return, 0); // reached only when an error:catch handler supplies the call's value
            }

            return;
        }

        EmitExpr(call.Callee, tail: false);
        foreach (BoundExpr argument in call.Arguments)
        {
            EmitExpr(argument, tail: false);
        }

        int n = call.Arguments.Length;
        if (tail)
        {
            Emit(OpCode.TailCall, -n, n);
            Emit(OpCode.Return, 0); // reached only when an error:catch handler supplies the call's value
        }
        else
        {
            Emit(OpCode.Call, -n, n);
        }
    }

    private void EmitLambda(LambdaExpr lambda)
    {
        Proto proto = Compile(lambda.Function, lambda.Body, ref _nested);
        foreach (LocalVariable captured in lambda.Function.Captures)
        {
            if (captured.Owner == _function)
            {
                Emit(OpCode.PushLocalCell, 1, captured.Slot);
            }
            else
            {
                Emit(OpCode.PushCaptureCell, 1, CaptureIndex(captured));
            }
        }

        int n = lambda.Function.Captures.Count;
        Emit(OpCode.MakeClosure, 1 - n, Constant(proto), n);
    }

    private void EmitLet(LetExpr let, bool tail)
    {
        foreach (LetBinding binding in let.Bindings)
        {
            if (binding.Variable.IsCaptured)
            {
                Emit(OpCode.NewCell, 0, binding.Variable.Slot);
            }
        }

        foreach (LetBinding binding in let.Bindings)
        {
            EmitExpr(binding.Value, tail: false);
            EmitStore(binding.Variable, fresh: false);
        }

        EmitExpr(let.Body, tail);
    }

    private void EmitIf(IfExpr @if, bool tail)
    {
        int elseLabel = NewLabel();
        int endLabel = NewLabel();
        if (@if.Condition is PrimitiveCallExpr test && IsLocalInt(test, out int slot, out int immediate))
        {
            int saved = _offset;
            _offset = test.Span.Start;
            Emit(OpCode.JumpIfNotLocalInt, 0, (int)test.Op, Constant(test.Cell), slot, immediate);
            Append(-1);
            _fixups.Add(_count - 1);
            _fixups.Add(elseLabel);
            _offset = saved;
        }
        else
        {
            EmitExpr(@if.Condition, tail: false);
            EmitJump(OpCode.JumpIfFalse, elseLabel, -1);
        }
        EmitExpr(@if.Then, tail);
        EmitBranchEnd(endLabel, tail);
        MarkLabel(elseLabel);
        EmitExpr(@if.Else, tail);
        MarkLabel(endLabel);
    }

    /// <summary>
    /// Ends a branch: in tail position its value is returned at once (the code after the join is the
    /// function's Return anyway), which saves a jump; otherwise it jumps to the join.
    /// </summary>
    private void EmitBranchEnd(int endLabel, bool tail)
    {
        if (tail)
        {
            EmitReturn();
        }
        else
        {
            EmitJump(OpCode.Jump, endLabel, 0);
            _depth--;
        }
    }

    private void EmitSequence(SequenceExpr sequence, bool tail)
    {
        if (sequence.Body.IsEmpty)
        {
            Emit(OpCode.Nil, 1);
            return;
        }

        for (int i = 0; i < sequence.Body.Length - 1; i++)
        {
            EmitExpr(sequence.Body[i], tail: false);
            Emit(OpCode.Pop, -1);
        }

        EmitExpr(sequence.Body[^1], tail);
    }

    private void EmitShortCircuit(System.Collections.Immutable.ImmutableArray<BoundExpr> operands, OpCode jump, object empty, bool tail)
    {
        if (operands.IsEmpty)
        {
            Emit(OpCode.Const, 1, Constant(empty));
            return;
        }

        int endLabel = NewLabel();
        for (int i = 0; i < operands.Length - 1; i++)
        {
            EmitExpr(operands[i], tail: false);
            EmitJump(jump, endLabel, -1);
        }

        EmitExpr(operands[^1], tail);
        MarkLabel(endLabel);
    }

    private void EmitHandler(HandlerExpr handler)
    {
        foreach (HandlerEntry entry in handler.Entries)
        {
            Emit(OpCode.Const, 1, Constant(entry.Operation));
            EmitExpr(entry.Handler, tail: false);
        }

        int catchLabel = NewLabel();
        Emit(OpCode.PushHandler, -2 * handler.Entries.Length, handler.Entries.Length, 0);
        _fixups.Add(_count - 1);
        _fixups.Add(catchLabel);
        EmitExpr(handler.Body, tail: false);
        Emit(OpCode.PopHandler, 0);
        MarkLabel(catchLabel);
    }

    private void EmitLoad(LocalVariable variable)
    {
        if (variable.Owner != _function)
        {
            Emit(OpCode.LoadCapture, 1, CaptureIndex(variable));
        }
        else
        {
            Emit(variable.IsCaptured ? OpCode.LoadCell : OpCode.LoadLocal, 1, variable.Slot);
        }
    }

    /// <summary>Stores the top into a local of this function; <paramref name="fresh"/> makes a new cell for a captured one.</summary>
    private void EmitStore(LocalVariable variable, bool fresh)
    {
        if (!variable.IsCaptured)
        {
            Emit(OpCode.StoreLocal, -1, variable.Slot);
            return;
        }

        if (fresh)
        {
            Emit(OpCode.NewCell, 0, variable.Slot);
        }

        Emit(OpCode.StoreCell, -1, variable.Slot);
    }

    /// <summary>An operator applied to an uncaptured local of this function and a 32-bit integer constant: one superinstruction with the constant inline.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsLocalInt(PrimitiveCallExpr primitive, out int slot, out int immediate)
    {
        if (primitive.Left is LocalLoadExpr { Variable: var local } && local.Owner == _function && !local.IsCaptured
            && primitive.Right is ConstantExpr { Value: long value } && value is >= int.MinValue and <= int.MaxValue)
        {
            slot = local.Slot;
            immediate = (int)value;
            return true;
        }

        slot = 0;
        immediate = 0;
        return false;
    }

    private int CaptureIndex(LocalVariable variable)
    {
        int index = -1;
        for (int i = 0; i < _function.Captures.Count; i++)
        {
            if (_function.Captures[i] == variable)
            {
                index = i;
                break;
            }
        }

        return index >= 0 ? index : throw new InvalidOperationException($"{variable} is not captured by {_function.Name}");
    }

    /// <summary>The index of a constant, added on first use: strings by value, anything else by reference.</summary>
    private int Constant(object value)
    {
        // The array itself, not a Span<ConstantSlot>: span code over this assembly's struct has no ReadyToRun code.
        int count = _constantCount;
        ConstantSlot[] constants = _constants;
        if (value is string text)
        {
            for (int i = 0; i < count; i++)
            {
                if (constants[i].Value is string existing && existing == text)
                {
                    return i;
                }
            }
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                if (ReferenceEquals(constants[i].Value, value))
                {
                    return i;
                }
            }
        }

        if (count == _constants.Length)
        {
            var grown = new ConstantSlot[count * 2];
            Array.Copy(_constants, grown, count);
            _constants = grown;
        }

        _constants[count].Value = value;
        _constantCount = count + 1;
        return count;
    }

    /// <summary>The constants as the prototype keeps them.</summary>
    private object?[] ConstantArray()
    {
        if (_constantCount == 0)
        {
            return [];
        }

        var array = new object?[_constantCount];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = _constants[i].Value;
        }

        return array;
    }
}
