namespace FluentAI.Compiler.Vm;

public sealed partial class BytecodeCompiler
{
    private void Emit(OpCode op, int stackDelta)
    {
        _lastOp = _code.Count;
        Append((int)op);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a)
    {
        _lastOp = _code.Count;
        Append((int)op);
        Append(a);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b)
    {
        _lastOp = _code.Count;
        Append((int)op);
        Append(a);
        Append(b);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b, int c)
    {
        _lastOp = _code.Count;
        Append((int)op);
        Append(a);
        Append(b);
        Append(c);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b, int c, int d)
    {
        _lastOp = _code.Count;
        Append((int)op);
        Append(a);
        Append(b);
        Append(c);
        Append(d);
        Adjust(stackDelta);
    }

    private void EmitJump(OpCode op, int label, int stackDelta)
    {
        _lastOp = _code.Count;
        Append((int)op);
        _fixups.Add((_code.Count, label));
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
            jumpTarget |= _labels[label] == _code.Count;
        }

        if (!jumpTarget && _lastOp >= 0 && _code[_lastOp] == (int)OpCode.LoadLocal && _lastOp + 2 == _code.Count)
        {
            _code[_lastOp] = (int)OpCode.ReturnLocal;
            Adjust(-1);
            _lastOp = -1;
            return;
        }

        if (!jumpTarget && _lastOp >= 0 && _code[_lastOp] == (int)OpCode.Primitive && _lastOp + 3 == _code.Count)
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

    private void MarkLabel(int label) => _labels[label] = _code.Count;

    private void Append(int word)
    {
        _code.Add(word);
        _offsets.Add(_offset);
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
