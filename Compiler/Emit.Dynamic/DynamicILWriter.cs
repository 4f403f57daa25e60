using System.Reflection;
using System.Reflection.Emit;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Emit.Dynamic;

/// <summary>The DynamicMethod sink of <see cref="IILWriter"/>: writes through an <see cref="ILGenerator"/>, choosing short encodings.</summary>
internal sealed class DynamicILWriter(ILGenerator il) : IILWriter
{
    // An array, not a List<Label>: List over the framework's Label struct has no precompiled code (JIT at every start).
    private Label[] _labels = new Label[8];
    private int _labelCount;
    private readonly List<LocalBuilder> _locals = [];

    public ILLabel DefineLabel()
    {
        if (_labelCount == _labels.Length)
        {
            var grown = new Label[_labelCount * 2];
            Array.Copy(_labels, grown, _labelCount);
            _labels = grown;
        }

        _labels[_labelCount] = il.DefineLabel();
        return new ILLabel(_labelCount++);
    }

    public void MarkLabel(ILLabel label) => il.MarkLabel(_labels[label.Id]);

    public ILLocal DeclareLocal(Type type)
    {
        _locals.Add(il.DeclareLocal(type));
        return new ILLocal(_locals.Count - 1, type);
    }

    public ILLocal DeclarePinnedLocal(Type type)
    {
        _locals.Add(il.DeclareLocal(type, pinned: true));
        return new ILLocal(_locals.Count - 1, type);
    }

    public void NameLocal(ILLocal local, string name)
    {
        // DynamicMethods carry no debug information.
    }

    public void Emit(OpCode opcode) => il.Emit(opcode);

    public void Emit(OpCode opcode, int operand)
    {
        if (opcode == OpCodes.Ldc_I4)
        {
            EmitInt(operand);
        }
        else if (opcode == OpCodes.Ldarg)
        {
            EmitLdarg(operand);
        }
        else if (opcode == OpCodes.Starg)
        {
            if (operand < 256)
            {
                il.Emit(OpCodes.Starg_S, (byte)operand);
            }
            else
            {
                il.Emit(OpCodes.Starg, (short)operand);
            }
        }
        else
        {
            il.Emit(opcode, operand);
        }
    }

    public void Emit(OpCode opcode, long operand) => il.Emit(opcode, operand);

    public void Emit(OpCode opcode, double operand) => il.Emit(opcode, operand);

    public void Emit(OpCode opcode, string operand) => il.Emit(opcode, operand);

    public void Emit(OpCode opcode, ILLabel label) => il.Emit(opcode, _labels[label.Id]);

    public void Emit(OpCode opcode, ILLocal local) => il.Emit(opcode, _locals[local.Index]);

    public void Emit(OpCode opcode, MethodInfo method) => il.Emit(opcode, method);

    public void Emit(OpCode opcode, ConstructorInfo constructor) => il.Emit(opcode, constructor);

    public void Emit(OpCode opcode, FieldInfo field) => il.Emit(opcode, field);

    public void Emit(OpCode opcode, Type type) => il.Emit(opcode, type);

    public void Emit(OpCode opcode, EmittedMethod method) => il.Emit(opcode, ((ReflectionEmittedMethod)method).Method);

    public void BeginTry() => il.BeginExceptionBlock();

    public void BeginCatch(Type exceptionType) => il.BeginCatchBlock(exceptionType);

    public void BeginFinally() => il.BeginFinallyBlock();

    public void EndTry() => il.EndExceptionBlock();

    public void MarkSequencePoint(TextSpan span)
    {
        // DynamicMethods carry no debug information.
    }

    private void EmitInt(int value)
    {
        switch (value)
        {
            case -1: il.Emit(OpCodes.Ldc_I4_M1); return;
            case 0: il.Emit(OpCodes.Ldc_I4_0); return;
            case 1: il.Emit(OpCodes.Ldc_I4_1); return;
            case 2: il.Emit(OpCodes.Ldc_I4_2); return;
            case 3: il.Emit(OpCodes.Ldc_I4_3); return;
            case 4: il.Emit(OpCodes.Ldc_I4_4); return;
            case 5: il.Emit(OpCodes.Ldc_I4_5); return;
            case 6: il.Emit(OpCodes.Ldc_I4_6); return;
            case 7: il.Emit(OpCodes.Ldc_I4_7); return;
            case 8: il.Emit(OpCodes.Ldc_I4_8); return;
        }

        if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            il.Emit(OpCodes.Ldc_I4_S, (sbyte)value);
        }
        else
        {
            il.Emit(OpCodes.Ldc_I4, value);
        }
    }

    private void EmitLdarg(int index)
    {
        switch (index)
        {
            case 0: il.Emit(OpCodes.Ldarg_0); return;
            case 1: il.Emit(OpCodes.Ldarg_1); return;
            case 2: il.Emit(OpCodes.Ldarg_2); return;
            case 3: il.Emit(OpCodes.Ldarg_3); return;
        }

        if (index < 256)
        {
            il.Emit(OpCodes.Ldarg_S, (byte)index);
        }
        else
        {
            il.Emit(OpCodes.Ldarg, (short)index);
        }
    }
}
