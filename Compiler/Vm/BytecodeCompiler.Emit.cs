namespace FluentAI.Compiler.Vm;

public sealed partial class BytecodeCompiler
{
    private void Emit(OpCode op, int stackDelta)
    {
        _lastOp = _count;
        Append((int)op);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a)
    {
        _lastOp = _count;
        Append((int)op);
        Append(a);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b)
    {
        _lastOp = _count;
        Append((int)op);
        Append(a);
        Append(b);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b, int c)
    {
        _lastOp = _count;
        Append((int)op);
        Append(a);
        Append(b);
        Append(c);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b, int c, int d)
    {
        _lastOp = _count;
        Append((int)op);
        Append(a);
        Append(b);
        Append(c);
        Append(d);
        Adjust(stackDelta);
    }

    private void EmitJump(OpCode op, int label, int stackDelta)
    {
        _lastOp = _count;
        Append((int)op);
        _fixups.Add((_count, label));
        Append(-1);
        Adjust(stackDelta);
    }

    /// <summary>
    /// Emits a Return, fused with the instruction before it (LoadLocal, Primitive) when no jump lands
    /// between the two.
    /// </summary>
    private void EmitReturn()
    {
        bool jumpTarget = false;
        foreach ((int _, int label) in _fixups)
        {
            jumpTarget |= _labels[label] == _count;
        }

        if (!jumpTarget && _lastOp >= 0 && _code[_lastOp] == (int)OpCode.LoadLocal && _lastOp + 2 == _count)
        {
            _code[_lastOp] = (int)OpCode.ReturnLocal;
            Adjust(-1);
            _lastOp = -1;
            return;
        }

        if (!jumpTarget && _lastOp >= 0 && _code[_lastOp] == (int)OpCode.Primitive && _lastOp + 3 == _count)
        {
            _code[_lastOp] = (int)OpCode.PrimitiveReturn;
            Adjust(-1);
            _lastOp = -1;
            return;
        }

        Emit(OpCode.Return, -1);
    }

    private int NewLabel()
    {
        _labels.Add(-1);
        return _labels.Count - 1;
    }

    private void MarkLabel(int label) => _labels[label] = _count;

    private void Append(int word)
    {
        if (_count == _code.Length)
        {
            Array.Resize(ref _code, _count * 2);
            Array.Resize(ref _offsets, _count * 2);
        }

        _code[_count] = word;
        _offsets[_count] = _offset;
        _count++;
    }

    private void Adjust(int delta)
    {
        _depth += delta;
        if (_depth > _maxDepth)
        {
            _maxDepth = _depth;
        }
    }
}
