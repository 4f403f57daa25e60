namespace FluentAI.Compiler.Vm;

public sealed partial class BytecodeCompiler
{
    private void Emit(OpCode op, int stackDelta)
    {
        Append((int)op);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a)
    {
        Append((int)op);
        Append(a);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b)
    {
        Append((int)op);
        Append(a);
        Append(b);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b, int c)
    {
        Append((int)op);
        Append(a);
        Append(b);
        Append(c);
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b, int c, int d)
    {
        Append((int)op);
        Append(a);
        Append(b);
        Append(c);
        Append(d);
        Adjust(stackDelta);
    }

    private void EmitJump(OpCode op, int label, int stackDelta)
    {
        Append((int)op);
        _fixups.Add((_code.Count, label));
        Append(-1);
        Adjust(stackDelta);
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
