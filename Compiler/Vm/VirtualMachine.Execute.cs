using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FluentAI.Compiler.Ir;
using FluentAI.Runtime;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Vm;

public sealed partial class VirtualMachine
{
    /// <summary>
    /// The dispatch loop. Runs the closure at <paramref name="calleeIndex"/> (its arguments above it)
    /// until that call returns. Errors are resumed here when a <c>handler</c> form of this activation
    /// or an <c>error:catch</c> handler takes them, and otherwise leave with the stacks restored.
    /// </summary>
    private object? Execute(int calleeIndex, int argc)
    {
        var entry = (VmClosure)_stack[calleeIndex]!;
        if (entry.Proto.Arity != argc)
        {
            throw ArityError(entry, argc);
        }

        int baseFrame = _frameCount;
        int handlerBase = _handlers.Count;
        FluentContext context = _context;
        HandlerFrame? entryHandlers = context.Handlers;
        EnterFrame(entry, calleeIndex + 1, argc);
        _sp = calleeIndex + 1 + entry.Proto.LocalCount;

        while (true)
        {
            FluentException pending;
            try
            {
                object? result;
                while (ReferenceEquals(result = Dispatch(baseFrame, context), Paused))
                {
                    // Dispatch paused at a call (see DispatchPause): run it again, so the runtime can replace its code.
                }

                return result;
            }
            catch (FluentException error)
            {
                pending = error;
            }

            // State at the failure was saved to _sp/_opStart by the failing instruction.
            int opStart = _opStart;
            int sp = _sp;
            object?[] stack = _stack;
            Proto failing = _frames[_frameCount - 1].Closure.Proto;
            int[] code = failing.Code;
            // Annotate once, at the innermost failing instruction, then find who takes the error:
            // an error:catch handler resumes after the failing instruction; a handler form of this
            // activation unwinds to its end; otherwise the error leaves this activation.
            _frames[_frameCount - 1].Ip = opStart + 1;
            Annotate(pending, baseFrame, opStart);
            bool mayRecover = true;
            while (true)
            {
                if (mayRecover)
                {
                    bool recoveredOk;
                    object? recovered;
                    try
                    {
                        _sp = sp;
                        recoveredOk = context.TryRecover(pending, out recovered);
                    }
                    catch (FluentException again)
                    {
                        pending = again;
                        mayRecover = false;
                        continue;
                    }

                    if (recoveredOk)
                    {
                        stack = _stack;
                        var op = (OpCode)code[opStart];
                        sp -= OpCodeInfo.Pops(op, opStart + 1 < failing.CodeLength ? code[opStart + 1] : 0);
                        if (OpCodeInfo.Pushes(op))
                        {
                            stack[sp++] = recovered;
                        }

                        // After a fused return instruction, resume at the proto's sentinel Return; after a
                        // compare-and-branch, the recovered value decides the branch.
                        _frames[_frameCount - 1].Ip = op switch
                        {
                            OpCode.PrimitiveReturn => failing.CodeLength - 1,
                            OpCode.JumpIfNotLocalInt when !RuntimeOps.IsTruthy(recovered) => code[opStart + 5],
                            _ => opStart + 1 + OpCodeInfo.OperandCount(op),
                        };
                        _sp = sp;
                        break;
                    }
                }

                int index = _handlers.Count - 1;
                while (index >= handlerBase && _handlers[index].Frame.ErrorHandler is null)
                {
                    index--;
                }

                if (index < handlerBase)
                {
                    Abandon(calleeIndex, baseFrame, handlerBase, context, entryHandlers);
                    throw pending;
                }

                HandlerRecord record = _handlers[index];
                _handlers.RemoveRange(index, _handlers.Count - index);
                context.Handlers = record.Saved;
                _frameCount = record.FrameCount;
                stack = _stack;
                Array.Clear(stack, record.Sp, Math.Max(0, sp - record.Sp));
                sp = record.Sp;
                _sp = sp;
                object? value;
                try
                {
                    value = record.Frame.ErrorHandler!.Invoke(pending.Error);
                }
                catch (FluentException again)
                {
                    pending = again;
                    mayRecover = false;
                    continue;
                }

                stack = _stack;
                stack[sp++] = value;
                _sp = sp;
                _frames[_frameCount - 1].Ip = record.CatchIp;
                break;
            }
        }
    }

    /// <summary>
    /// Calls (VM to VM, tail or not) after which <see cref="Dispatch"/> returns <see cref="Paused"/> and is entered again
    /// from the saved state. A program that runs long inside one Dispatch would otherwise keep the code Dispatch
    /// started with: its precompiled (ReadyToRun) code, which the runtime replaces with optimized code only
    /// at a later call of the method, and which is slower than that (no profile-guided optimization, no
    /// inlining across assemblies). Re-entering every so often lets the runtime count calls and switch.
    /// </summary>
    private const int DispatchPause = 4_096;

    private static readonly object Paused = new();

    /// <summary>
    /// The dispatch loop, free of exception handling so its locals stay in registers. It runs from the
    /// saved state of the top frame (<see cref="Frame.Ip"/>, <see cref="_sp"/>) until the frame at
    /// <paramref name="baseFrame"/> returns. Before anything that can raise, it saves the failing
    /// instruction and stack top to <see cref="_opStart"/> and <see cref="_sp"/> (see <see cref="Fail"/>).
    /// </summary>
    private object? Dispatch(int baseFrame, FluentContext context)
    {
        object?[] stack = _stack;
        Frame[] frames = _frames; // refreshed after anything that may grow the call stack
        Frame frame = frames[_frameCount - 1];
        VmClosure running = frame.Closure;
        Proto proto = running.Proto;
        int[] code = proto.Code;
        object?[] k = proto.Constants;
        Cell[] captures = running.Captures;
        int bp = frame.Bp;
        int ip = frame.Ip;
        int sp = _sp;
        int pause = DispatchPause; // calls left before this activation of the loop pauses (a local: no memory traffic per call)
        int opStart;
        int callCount;
        int callResult;
        int callNext;
        object? callee;
        object? returnValue;

        while (true)
        {
            opStart = ip;
            switch ((OpCode)code[ip++])
            {
                case OpCode.Nop:
                    break;
                case OpCode.Const:
                    Store(stack, sp++, k[code[ip++]]);
                    break;
                case OpCode.Nil:
                    Store(stack, sp++, null);
                    break;
                case OpCode.LoadLocal:
                    Store(stack, sp++, stack[bp + code[ip++]]);
                    break;
                case OpCode.StoreLocal:
                    Store(stack, bp + code[ip++], stack[--sp]);
                    break;
                case OpCode.LoadCell:
                {
                    int slot = code[ip++];
                    object? value = ((Cell)stack[bp + slot]!).Value;
                    if (ReferenceEquals(value, Cell.Unassigned))
                    {
                        throw Fail(opStart, sp, RuntimeErrors.UndefinedVariable(proto.LocalNames[slot]));
                    }

                    Store(stack, sp++, value);
                    break;
                }

                case OpCode.StoreCell:
                    ((Cell)stack[bp + code[ip++]]!).Value = stack[--sp];
                    break;
                case OpCode.NewCell:
                    Store(stack, bp + code[ip++], new Cell(Cell.Unassigned));
                    break;
                case OpCode.BoxLocal:
                {
                    int slot = bp + code[ip++];
                    Store(stack, slot, new Cell(stack[slot]));
                    break;
                }

                case OpCode.LoadCapture:
                {
                    int index = code[ip++];
                    object? value = captures[index].Value;
                    if (ReferenceEquals(value, Cell.Unassigned))
                    {
                        throw Fail(opStart, sp, RuntimeErrors.UndefinedVariable(proto.CaptureNames[index]));
                    }

                    Store(stack, sp++, value);
                    break;
                }

                case OpCode.PushLocalCell:
                    Store(stack, sp++, stack[bp + code[ip++]]);
                    break;
                case OpCode.PushCaptureCell:
                    Store(stack, sp++, captures[code[ip++]]);
                    break;
                case OpCode.LoadGlobal:
                {
                    var cell = (GlobalCell)k[code[ip]]!;
                    if (!cell.IsDefined)
                    {
                        throw Fail(opStart, sp, RuntimeErrors.UndefinedVariable(cell.Name));
                    }

                    ip++;
                    Store(stack, sp++, cell.Value);
                    break;
                }

                case OpCode.DefineGlobal:
                    ((GlobalCell)k[code[ip++]]!).Define(stack[--sp]);
                    break;
                case OpCode.Pop:
                    Store(stack, --sp, null);
                    break;
                case OpCode.Jump:
                    ip = code[ip];
                    break;
                case OpCode.JumpIfFalse:
                {
                    object? value = stack[--sp];
                    ip = (value is bool b ? b : RuntimeOps.IsTruthy(value)) ? ip + 1 : code[ip];
                    break;
                }

                case OpCode.JumpIfFalseOrPop:
                    if (RuntimeOps.IsTruthy(stack[sp - 1]))
                    {
                        sp--;
                        ip++;
                    }
                    else
                    {
                        ip = code[ip];
                    }

                    break;
                case OpCode.JumpIfTrueOrPop:
                    if (RuntimeOps.IsTruthy(stack[sp - 1]))
                    {
                        ip = code[ip];
                    }
                    else
                    {
                        sp--;
                        ip++;
                    }

                    break;
                case OpCode.MakeList:
                {
                    int n = code[ip++];
                    FluentList list = FluentList.FromSpan(new ReadOnlySpan<object?>(stack, sp - n, n));
                    sp -= n;
                    Store(stack, sp++, list);
                    break;
                }

                case OpCode.MakeClosure:
                {
                    var target = (Proto)k[code[ip++]]!;
                    int n = code[ip++];
                    var cells = n == 0 ? [] : new Cell[n];
                    for (int i = 0; i < n; i++)
                    {
                        cells[i] = (Cell)stack[sp - n + i]!;
                    }

                    sp -= n;
                    if (target.TierCountdown < 0 && TierUp is not null)
                    {
                        target.TierCountdown = TierUpThreshold;
                    }

                    Store(stack, sp++, new VmClosure(target, cells, this));
                    break;
                }

                case OpCode.Call:
                    callCount = code[ip];
                    callee = stack[sp - callCount - 1];
                    callResult = sp - callCount - 1;
                    callNext = ip + 1;
                    goto InvokeCallee;
                case OpCode.CallGlobal:
                    callCount = code[ip];
                    callee = GlobalValue((GlobalCell)k[code[ip + 1]]!, opStart, sp);
                    callResult = sp - callCount;
                    callNext = ip + 2;
                InvokeCallee:
                    if (callee is VmClosure closure)
                    {
                        if (--closure.Proto.TierCountdown == 0)
                        {
                            Save(opStart, sp);
                            OfferTierUp(closure);
                        }

                        frames[_frameCount - 1].Ip = callNext;
                        if (_frameCount == frames.Length)
                        {
                            Save(opStart, sp);
                            GrowFrames();
                            frames = _frames;
                        }

                        if (!ReferenceEquals(closure, running))
                        {
                            // A self-recursive call keeps the code, constants and captures it has.
                            running = closure;
                            proto = closure.Proto;
                            code = proto.Code;
                            k = proto.Constants;
                            captures = closure.Captures;
                        }

                        if (proto.Arity != callCount)
                        {
                            throw Fail(opStart, sp, ArityError(closure, callCount));
                        }

                        bp = sp - callCount;
                        frames[_frameCount++] = new Frame(closure, 0, bp, callResult);
                        if (bp + proto.FrameSize > stack.Length)
                        {
                            EnsureStack(bp + proto.FrameSize);
                            stack = _stack;
                            frames = _frames;
                        }

                        sp = bp + proto.LocalCount;
                        for (int i = bp + callCount; i < sp; i++)
                        {
                            Store(stack, i, null);
                        }

                        ip = 0;
                        if (--pause == 0)
                        {
                            // The new frame starts at ip 0: its state is all in _frames and _sp.
                            _sp = sp;
                            return Paused;
                        }
                    }
                    else
                    {
                        object? result = CallValue(callee, stack, sp - callCount, callCount, opStart);
                        stack = _stack;
                        frames = _frames;
                        sp = callResult;
                        Store(stack, sp++, result);
                        ip = callNext;
                    }

                    break;
                case OpCode.TailCall:
                    callCount = code[ip];
                    callee = stack[sp - callCount - 1];
                    callResult = sp - callCount - 1;
                    goto TailInvokeCallee;
                case OpCode.TailCallGlobal:
                    callCount = code[ip];
                    callee = GlobalValue((GlobalCell)k[code[ip + 1]]!, opStart, sp);
                    callResult = sp - callCount;
                TailInvokeCallee:
                    if (callee is VmClosure tailClosure)
                    {
                        if (--tailClosure.Proto.TierCountdown == 0)
                        {
                            Save(opStart, sp);
                            OfferTierUp(tailClosure);
                        }

                        if (tailClosure.Proto.Arity != callCount)
                        {
                            throw Fail(opStart, sp, ArityError(tailClosure, callCount));
                        }

                        // The arguments replace this frame's slots; the frame keeps its result slot.
                        Array.Copy(stack, sp - callCount, stack, bp, callCount);
                        proto = tailClosure.Proto;
                        if (bp + proto.FrameSize > stack.Length)
                        {
                            EnsureStack(bp + proto.FrameSize);
                            stack = _stack;
                            frames = _frames;
                        }

                        int top = bp + proto.LocalCount;
                        for (int i = bp + callCount, end = Math.Max(sp, top); i < end; i++)
                        {
                            Store(stack, i, null);
                        }

                        frames[_frameCount - 1] = new Frame(tailClosure, 0, bp, frames[_frameCount - 1].Ret);
                        running = tailClosure;
                        code = proto.Code;
                        k = proto.Constants;
                        captures = tailClosure.Captures;
                        sp = top;
                        ip = 0;
                        if (--pause == 0)
                        {
                            _sp = sp;
                            return Paused;
                        }
                    }
                    else
                    {
                        object? result = CallValue(callee, stack, sp - callCount, callCount, opStart);
                        stack = _stack;
                        frames = _frames;
                        returnValue = result;
                        goto DoReturn;
                    }

                    break;
                case OpCode.ReturnLocal:
                    returnValue = stack[bp + code[ip]];
                    goto DoReturn;
                case OpCode.PrimitiveReturn:
                {
                    object? a = stack[sp - 2];
                    object? b = stack[sp - 1];
                    var cell = (GlobalCell)k[code[ip + 1]]!;
                    object? result = !GlobalCell.AnyBuiltinRedefined && a is long x && b is long y
                        ? FixnumPrimitive(code[ip], x, y)
                        : SlowPrimitive(code[ip], cell, a, b, opStart, sp);
                    stack = _stack;
                    frames = _frames;
                    returnValue = result;
                    goto DoReturn;
                }

                case OpCode.Return:
                    returnValue = stack[sp - 1];
                DoReturn:
                {
                    _frameCount--;
                    int resultSlot = frames[_frameCount].Ret;
                    Store(stack, resultSlot, returnValue);
                    for (int i = resultSlot + 1; i < sp; i++)
                    {
                        Store(stack, i, null);
                    }

                    if (_frameCount == baseFrame)
                    {
                        return returnValue;
                    }

                    frame = frames[_frameCount - 1];
                    if (!ReferenceEquals(frame.Closure, running))
                    {
                        running = frame.Closure;
                        proto = running.Proto;
                        code = proto.Code;
                        k = proto.Constants;
                        captures = running.Captures;
                    }

                    bp = frame.Bp;
                    ip = frame.Ip;
                    sp = resultSlot + 1;
                    break;
                }

                case OpCode.Primitive:
                {
                    object? a = stack[sp - 2];
                    object? b = stack[sp - 1];
                    var cell = (GlobalCell)k[code[ip + 1]]!;
                    object? result;
                    if (!GlobalCell.AnyBuiltinRedefined && a is long x && b is long y)
                    {
                        result = FixnumPrimitive(code[ip], x, y);
                    }
                    else
                    {
                        _sp = sp;
                        result = SlowPrimitive(code[ip], cell, a, b, opStart, sp);
                        stack = _stack;
                        frames = _frames;
                    }

                    ip += 2;
                    Store(stack, --sp, null);
                    Store(stack, sp - 1, result);
                    break;
                }

                case OpCode.PrimitiveLocalInt:
                {
                    object? a = stack[bp + code[ip + 2]];
                    var cell = (GlobalCell)k[code[ip + 1]]!;
                    object? result = !GlobalCell.AnyBuiltinRedefined && a is long x
                        ? FixnumPrimitive(code[ip], x, code[ip + 3])
                        : SlowPrimitive(code[ip], cell, a, RuntimeOps.Box(code[ip + 3]), opStart, sp);
                    stack = _stack;
                    frames = _frames;
                    ip += 4;
                    Store(stack, sp++, result);
                    break;
                }

                case OpCode.JumpIfNotLocalInt:
                {
                    object? a = stack[bp + code[ip + 2]];
                    var cell = (GlobalCell)k[code[ip + 1]]!;
                    bool truth = !GlobalCell.AnyBuiltinRedefined && a is long x
                        ? FixnumTest(code[ip], x, code[ip + 3])
                        : RuntimeOps.IsTruthy(SlowPrimitive(code[ip], cell, a, RuntimeOps.Box(code[ip + 3]), opStart, sp));
                    stack = _stack;
                    frames = _frames;
                    ip = truth ? ip + 5 : code[ip + 4];
                    break;
                }

                case OpCode.PushHandler:
                {
                    int n = code[ip++];
                    int catchIp = code[ip++];
                    var entries = new Dictionary<string, FunctionValue>(n, StringComparer.Ordinal);
                    for (int i = 0; i < n; i++)
                    {
                        var name = (string)stack[sp - 2 * n + 2 * i]!;
                        object? handler = stack[sp - 2 * n + 2 * i + 1];
                        entries[name] = handler as FunctionValue ?? throw Fail(opStart, sp, RuntimeErrors.NotAFunction(handler));
                    }

                    sp -= 2 * n;
                    var installed = new HandlerFrame(entries, context.Handlers);
                    _handlers.Add(new HandlerRecord(_frameCount, sp, catchIp, installed, context.Handlers));
                    context.Handlers = installed;
                    break;
                }

                case OpCode.PopHandler:
                {
                    HandlerRecord record = _handlers[^1];
                    _handlers.RemoveAt(_handlers.Count - 1);
                    context.Handlers = record.Saved;
                    break;
                }

                case OpCode.TestConstructor:
                {
                    object? value = stack[bp + code[ip]];
                    Store(stack, sp++, RuntimeOps.Bool(CompiledOps.MatchesConstructor(value, (string)k[code[ip + 1]]!, code[ip + 2])));
                    ip += 3;
                    break;
                }

                case OpCode.TestList:
                    Store(stack, sp++, RuntimeOps.Bool(CompiledOps.TestList(stack[bp + code[ip]], code[ip + 1], code[ip + 2] != 0)));
                    ip += 3;
                    break;
                case OpCode.TestEqual:
                    Save(opStart, sp);
                    Store(stack, sp++, RuntimeOps.Bool(RuntimeOps.Equal(stack[bp + code[ip]], k[code[ip + 1]])));
                    ip += 2;
                    break;
                case OpCode.LoadField:
                    Store(stack, sp++, CompiledOps.Field(stack[bp + code[ip]], code[ip + 1]));
                    ip += 2;
                    break;
                case OpCode.LoadItem:
                    Store(stack, sp++, CompiledOps.Item(stack[bp + code[ip]], code[ip + 1]));
                    ip += 2;
                    break;
                case OpCode.LoadRest:
                    Store(stack, sp++, CompiledOps.Rest(stack[bp + code[ip]], code[ip + 1]));
                    ip += 2;
                    break;
                case OpCode.NoMatch:
                    throw Fail(opStart, sp, RuntimeErrors.NoMatch(stack[bp + code[ip]]));
                case OpCode.Import:
                    _sp = sp;
                    Save(opStart, sp);
                    RunModule((ModuleInfo)k[code[ip]]!);
                    ip++;
                    stack = _stack;
                    frames = _frames;
                    Store(stack, sp++, null);
                    break;
                case OpCode.ContractCheck:
                {
                    object? value = stack[sp - 1];
                    if (!RuntimeOps.IsTruthy(value))
                    {
                        throw Fail(opStart, sp, RuntimeErrors.ContractViolation((string)k[code[ip]]!));
                    }

                    ip++;
                    Store(stack, --sp, null);
                    break;
                }

                default:
                    throw new InvalidOperationException($"bad opcode {code[opStart]} at {opStart} in {proto.Name}");
            }
        }
    }

    /// <summary>Leaves an activation after an error nobody here takes: stacks and handlers as they were on entry.</summary>
    private void Abandon(int calleeIndex, int baseFrame, int handlerBase, FluentContext context, HandlerFrame? entryHandlers)
    {
        _handlers.RemoveRange(handlerBase, _handlers.Count - handlerBase);
        context.Handlers = entryHandlers;
        _frameCount = baseFrame;
        _sp = calleeIndex;
    }

    /// <summary>Pushes a frame for a closure whose arguments start at <paramref name="bp"/>; clears its other locals.</summary>
    private void EnterFrame(VmClosure closure, int bp, int argc)
    {
        PushFrame(closure, bp);
        Proto proto = closure.Proto;
        EnsureStack(bp + proto.FrameSize);
        Array.Clear(_stack, bp + argc, proto.LocalCount - argc);
    }

    /// <summary>
    /// Calls a non-VM function value (a builtin, a constructor, a closure of another engine). A nested
    /// activation may overwrite the saved state, so it is saved again if the call raises.
    /// </summary>
    private object? CallValue(object? callee, object?[] stack, int argStart, int argc, int opStart)
    {
        int top = argStart + argc;
        if (callee is not FunctionValue function)
        {
            throw Fail(opStart, top, RuntimeErrors.NotAFunction(callee));
        }

        _sp = top;
        try
        {
            return function.Invoke(new ReadOnlySpan<object?>(stack, argStart, argc));
        }
        catch (FluentException)
        {
            Save(opStart, top);
            throw;
        }
    }

    /// <summary>An operator whose operands are not two fixnums, or whose global was redefined.</summary>
    private object? SlowPrimitive(int op, GlobalCell cell, object? a, object? b, int opStart, int sp)
    {
        _sp = sp;
        try
        {
            return Primitive(op, cell, a, b);
        }
        catch (FluentException)
        {
            Save(opStart, sp);
            throw;
        }
    }

    /// <summary>
    /// A bounds-checked store into the value stack without the covariant array-store check of
    /// <c>stack[i] = v</c> (the stack is always exactly <c>object?[]</c>): the dispatch loop's hottest operation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(object?[] stack, int index, object? value)
    {
        if ((uint)index >= (uint)stack.Length)
        {
            ThrowStackIndex();
        }

        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(stack), index) = value;
    }

    [DoesNotReturn]
    private static void ThrowStackIndex() => throw new IndexOutOfRangeException("VM stack index out of range");

    /// <summary>The value of a global in operator position; undefined is an error at the call.</summary>
    private object? GlobalValue(GlobalCell cell, int opStart, int sp) =>
        cell.IsDefined ? cell.Value : throw Fail(opStart, sp, RuntimeErrors.UndefinedVariable(cell.Name));

    /// <summary>Records the failing instruction and the stack top for the error handling in <see cref="Execute"/>.</summary>
    private void Save(int opStart, int sp)
    {
        _opStart = opStart;
        _sp = sp;
    }

    private FluentException Fail(int opStart, int sp, FluentException error)
    {
        Save(opStart, sp);
        return error;
    }
}
