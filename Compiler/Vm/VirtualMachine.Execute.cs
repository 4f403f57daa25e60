using FluentAI.Compiler.Ir;
using FluentAI.Runtime;
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
        FluentContext context = FluentContext.Current;
        HandlerFrame? entryHandlers = context.Handlers;
        EnterFrame(entry, calleeIndex + 1, argc);

        object?[] stack = _stack;
        Frame frame = _frames[_frameCount - 1];
        Proto proto = frame.Closure.Proto;
        int[] code = proto.Code;
        object?[] k = proto.Constants;
        Cell[] captures = frame.Closure.Captures;
        int bp = frame.Bp;
        int ip = 0;
        int sp = bp + proto.LocalCount;
        int opStart = 0;

        while (true)
        {
            FluentException? pending = null;
            try
            {
                while (true)
                {
                    opStart = ip;
                    switch ((OpCode)code[ip++])
                    {
                        case OpCode.Nop:
                            break;
                        case OpCode.Const:
                            stack[sp++] = k[code[ip++]];
                            break;
                        case OpCode.Nil:
                            stack[sp++] = null;
                            break;
                        case OpCode.LoadLocal:
                            stack[sp++] = stack[bp + code[ip++]];
                            break;
                        case OpCode.StoreLocal:
                            stack[bp + code[ip++]] = stack[--sp];
                            break;
                        case OpCode.LoadCell:
                        {
                            int slot = code[ip++];
                            object? value = ((Cell)stack[bp + slot]!).Value;
                            if (ReferenceEquals(value, Cell.Unassigned))
                            {
                                throw RuntimeErrors.UndefinedVariable(proto.LocalNames[slot]);
                            }

                            stack[sp++] = value;
                            break;
                        }

                        case OpCode.StoreCell:
                            ((Cell)stack[bp + code[ip++]]!).Value = stack[--sp];
                            break;
                        case OpCode.NewCell:
                            stack[bp + code[ip++]] = new Cell(Cell.Unassigned);
                            break;
                        case OpCode.BoxLocal:
                        {
                            int slot = bp + code[ip++];
                            stack[slot] = new Cell(stack[slot]);
                            break;
                        }

                        case OpCode.LoadCapture:
                        {
                            object? value = captures[code[ip++]].Value;
                            if (ReferenceEquals(value, Cell.Unassigned))
                            {
                                throw RuntimeErrors.UndefinedVariable("(a let binding used before its initializer ran)");
                            }

                            stack[sp++] = value;
                            break;
                        }

                        case OpCode.PushLocalCell:
                            stack[sp++] = stack[bp + code[ip++]];
                            break;
                        case OpCode.PushCaptureCell:
                            stack[sp++] = captures[code[ip++]];
                            break;
                        case OpCode.LoadGlobal:
                        {
                            var cell = (GlobalCell)k[code[ip]]!;
                            if (!cell.IsDefined)
                            {
                                throw RuntimeErrors.UndefinedVariable(cell.Name);
                            }

                            ip++;
                            stack[sp++] = cell.Value;
                            break;
                        }

                        case OpCode.DefineGlobal:
                            ((GlobalCell)k[code[ip++]]!).Define(stack[--sp]);
                            break;
                        case OpCode.Pop:
                            stack[--sp] = null;
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
                            stack[sp++] = list;
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
                            stack[sp++] = new VmClosure(target, cells, this);
                            break;
                        }

                        case OpCode.Call:
                        {
                            int n = code[ip];
                            object? callee = stack[sp - n - 1];
                            if (callee is VmClosure closure)
                            {
                                if (closure.Proto.Arity != n)
                                {
                                    throw ArityError(closure, n);
                                }

                                _frames[_frameCount - 1].Ip = ip + 1;
                                if (_frameCount >= MaxCallDepth || _frameCount == _frames.Length)
                                {
                                    GrowFrames();
                                }

                                bp = sp - n;
                                _frames[_frameCount++] = new Frame(closure, 0, bp);
                                proto = closure.Proto;
                                if (bp + proto.FrameSize > stack.Length)
                                {
                                    EnsureStack(bp + proto.FrameSize);
                                    stack = _stack;
                                }

                                code = proto.Code;
                                k = proto.Constants;
                                captures = closure.Captures;
                                sp = bp + proto.LocalCount;
                                for (int i = bp + n; i < sp; i++)
                                {
                                    stack[i] = null;
                                }

                                ip = 0;
                            }
                            else
                            {
                                object? result = CallValue(callee, stack, sp - n, n);
                                stack = _stack;
                                sp -= n;
                                stack[sp - 1] = result;
                                ip++;
                            }

                            break;
                        }

                        case OpCode.TailCall:
                        {
                            int n = code[ip];
                            object? callee = stack[sp - n - 1];
                            if (callee is VmClosure closure)
                            {
                                if (closure.Proto.Arity != n)
                                {
                                    throw ArityError(closure, n);
                                }

                                Array.Copy(stack, sp - n - 1, stack, bp - 1, n + 1);
                                proto = closure.Proto;
                                int top = bp + proto.LocalCount;
                                for (int i = bp + n; i < sp && i < top; i++)
                                {
                                    stack[i] = null;
                                }

                                _frames[_frameCount - 1] = new Frame(closure, 0, bp);
                                if (bp + proto.FrameSize > stack.Length)
                                {
                                    EnsureStack(bp + proto.FrameSize);
                                    stack = _stack;
                                }

                                for (int i = bp + n; i < top; i++)
                                {
                                    stack[i] = null;
                                }

                                code = proto.Code;
                                k = proto.Constants;
                                captures = closure.Captures;
                                sp = top;
                                ip = 0;
                            }
                            else
                            {
                                object? result = CallValue(callee, stack, sp - n, n);
                                stack = _stack;
                                sp -= n;
                                stack[sp - 1] = result;
                                goto case OpCode.Return;
                            }

                            break;
                        }

                        case OpCode.Return:
                        {
                            object? result = stack[sp - 1];
                            _frameCount--;
                            int calleeSlot = bp - 1;
                            stack[calleeSlot] = result;
                            for (int i = calleeSlot + 1; i < sp; i++)
                            {
                                stack[i] = null;
                            }

                            if (_frameCount == baseFrame)
                            {
                                return result;
                            }

                            frame = _frames[_frameCount - 1];
                            proto = frame.Closure.Proto;
                            code = proto.Code;
                            k = proto.Constants;
                            captures = frame.Closure.Captures;
                            bp = frame.Bp;
                            ip = frame.Ip;
                            sp = calleeSlot + 1;
                            break;
                        }

                        case OpCode.Primitive:
                        {
                            object? a = stack[sp - 2];
                            object? b = stack[sp - 1];
                            var cell = (GlobalCell)k[code[ip + 1]]!;
                            object? result;
                            if (a is long x && b is long y && ReferenceEquals(cell.Value, cell.Builtin))
                            {
                                result = FixnumPrimitive(code[ip], x, y);
                            }
                            else
                            {
                                _sp = sp;
                                result = Primitive(code[ip], cell, a, b);
                                stack = _stack;
                            }

                            ip += 2;
                            stack[--sp] = null;
                            stack[sp - 1] = result;
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
                                entries[name] = handler as FunctionValue ?? throw RuntimeErrors.NotAFunction(handler);
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
                            stack[sp++] = RuntimeOps.Bool(MatchesConstructor(value, (string)k[code[ip + 1]]!, code[ip + 2]));
                            ip += 3;
                            break;
                        }

                        case OpCode.TestList:
                            stack[sp++] = RuntimeOps.Bool(TestList(stack[bp + code[ip]], code[ip + 1], code[ip + 2] != 0));
                            ip += 3;
                            break;
                        case OpCode.TestEqual:
                            stack[sp++] = RuntimeOps.Bool(RuntimeOps.Equal(stack[bp + code[ip]], k[code[ip + 1]]));
                            ip += 2;
                            break;
                        case OpCode.LoadField:
                            stack[sp++] = Field(stack[bp + code[ip]], code[ip + 1]);
                            ip += 2;
                            break;
                        case OpCode.LoadItem:
                            stack[sp++] = Item(stack[bp + code[ip]], code[ip + 1]);
                            ip += 2;
                            break;
                        case OpCode.LoadRest:
                            stack[sp++] = Rest(stack[bp + code[ip]], code[ip + 1]);
                            ip += 2;
                            break;
                        case OpCode.NoMatch:
                            throw RuntimeErrors.NoMatch(stack[bp + code[ip]]);
                        case OpCode.Import:
                            _sp = sp;
                            RunModule((ModuleInfo)k[code[ip]]!);
                            ip++;
                            stack = _stack;
                            stack[sp++] = null;
                            break;
                        case OpCode.ContractCheck:
                        {
                            object? value = stack[sp - 1];
                            if (!RuntimeOps.IsTruthy(value))
                            {
                                throw RuntimeErrors.ContractViolation((string)k[code[ip]]!);
                            }

                            ip++;
                            stack[--sp] = null;
                            break;
                        }

                        default:
                            throw new InvalidOperationException($"bad opcode {code[opStart]} at {opStart} in {proto.Name}");
                    }
                }
            }
            catch (FluentException error)
            {
                pending = error;
            }

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
                        sp -= OpCodeInfo.Pops(op, opStart + 1 < code.Length ? code[opStart + 1] : 0);
                        if (OpCodeInfo.Pushes(op))
                        {
                            stack[sp++] = recovered;
                        }

                        ip = opStart + 1 + OpCodeInfo.OperandCount(op);
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
                frame = _frames[_frameCount - 1];
                proto = frame.Closure.Proto;
                code = proto.Code;
                k = proto.Constants;
                captures = frame.Closure.Captures;
                bp = frame.Bp;
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
                ip = record.CatchIp;
                break;
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

    /// <summary>Calls a non-VM function value (a builtin, a constructor, a closure of another engine).</summary>
    private object? CallValue(object? callee, object?[] stack, int argStart, int argc)
    {
        if (callee is not FunctionValue function)
        {
            throw RuntimeErrors.NotAFunction(callee);
        }

        _sp = argStart + argc;
        return function.Invoke(new ReadOnlySpan<object?>(stack, argStart, argc));
    }
}
