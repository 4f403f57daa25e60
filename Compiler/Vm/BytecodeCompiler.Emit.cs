using System.Runtime.InteropServices;

namespace FluentAI.Compiler.Vm;

public sealed partial class BytecodeCompiler
{
    // Each Emit reserves its words once, then writes them through a span of exactly that length
    // (no further bounds checks), every word tagged with the current source offset.
    private void Emit(OpCode op, int stackDelta)
    {
        int at = Reserve(1);
        _code[at] = (int)op;
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a)
    {
        int at = Reserve(2); // first: it may replace _code
        Span<int> code = _code.AsSpan(at, 2);
        code[1] = a;
        code[0] = (int)op;
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b)
    {
        int at = Reserve(3); // first: it may replace _code
        Span<int> code = _code.AsSpan(at, 3);
        code[2] = b;
        code[1] = a;
        code[0] = (int)op;
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b, int c)
    {
        int at = Reserve(4); // first: it may replace _code
        Span<int> code = _code.AsSpan(at, 4);
        code[3] = c;
        code[2] = b;
        code[1] = a;
        code[0] = (int)op;
        Adjust(stackDelta);
    }

    private void Emit(OpCode op, int stackDelta, int a, int b, int c, int d)
    {
        int at = Reserve(5); // first: it may replace _code
        Span<int> code = _code.AsSpan(at, 5);
        code[4] = d;
        code[3] = c;
        code[2] = b;
        code[1] = a;
        code[0] = (int)op;
        Adjust(stackDelta);
    }

    private void EmitJump(OpCode op, int label, int stackDelta)
    {
        Emit(op, stackDelta, -1);
        _fixups.Add(_count - 1);
        _fixups.Add(label);
    }

    /// <summary>
    /// Emits a Return, fused with the instruction before it (LoadLocal, Primitive) when no jump lands
    /// between the two.
    /// </summary>
    private void EmitReturn()
    {
        bool jumpTarget = false;
        if (_fixups.Count != 0)
        {
            ReadOnlySpan<int> labels = CollectionsMarshal.AsSpan(_labels);
            ReadOnlySpan<int> fixups = CollectionsMarshal.AsSpan(_fixups);
            for (int i = 1; i < fixups.Length; i += 2)
            {
                jumpTarget |= labels[fixups[i]] == _count;
            }
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

    /// <summary>Appends one word (an operand after an instruction's fixed words).</summary>
    private void Append(int word)
    {
        int at = Reserve(1, instruction: false);
        _code[at] = word;
    }

    /// <summary>
    /// Makes room for <paramref name="words"/> words at the end, tags them with the current source offset
    /// and returns the index of the first; the start of an instruction also becomes the last instruction.
    /// </summary>
    private int Reserve(int words, bool instruction = true)
    {
        int at = _count;
        int end = at + words;
        if (end > _code.Length)
        {
            int size = Math.Max(end, _code.Length * 2);
            Array.Resize(ref _code, size);
            Array.Resize(ref _offsets, size);
        }

        Span<int> offsets = _offsets.AsSpan(at, words);
        int offset = _offset;
        for (int i = 0; i < offsets.Length; i++)
        {
            offsets[i] = offset;
        }

        _count = end;
        if (instruction)
        {
            _lastOp = at;
        }

        return at;
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
