using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// Picks the short encodings of a finished method body in linear time (Cecil's <c>OptimizeMacros</c>
/// recomputes every offset after each branch it shortens, which is quadratic in the large form methods
/// of big programs): first the operand forms that do not depend on layout (<c>ldarg.0</c>, <c>ldloc.s</c>,
/// <c>ldc.i4.3</c>, <c>starg.s</c>, ...), then every branch whose distance, measured with all branches
/// still long, fits in a signed byte. Shortening only brings targets closer, so each such branch
/// still fits once all are short.
/// </summary>
internal static class ShortForms
{
    public static void Apply(MethodBody body)
    {
        int argumentBase = body.Method.HasThis ? 1 : 0;
        foreach (Instruction instruction in body.Instructions)
        {
            ShortenOperand(instruction, argumentBase);
        }

        int offset = 0;
        foreach (Instruction instruction in body.Instructions)
        {
            instruction.Offset = offset;
            offset += instruction.GetSize();
        }

        foreach (Instruction instruction in body.Instructions)
        {
            if (instruction.OpCode.OperandType == OperandType.InlineBrTarget && instruction.Operand is Instruction target)
            {
                int distance = target.Offset - (instruction.Offset + instruction.OpCode.Size + 4);
                if (distance is >= sbyte.MinValue and <= sbyte.MaxValue && Short(instruction.OpCode) is { } opcode)
                {
                    instruction.OpCode = opcode;
                }
            }
        }
    }

    private static void ShortenOperand(Instruction instruction, int argumentBase)
    {
        switch (instruction.OpCode.Code)
        {
            case Code.Ldarg:
                int argument = ((ParameterDefinition)instruction.Operand).Index + argumentBase;
                Replace(instruction, argument switch
                {
                    0 => OpCodes.Ldarg_0,
                    1 => OpCodes.Ldarg_1,
                    2 => OpCodes.Ldarg_2,
                    3 => OpCodes.Ldarg_3,
                    < 256 => OpCodes.Ldarg_S,
                    _ => OpCodes.Ldarg,
                });
                break;
            case Code.Ldarga:
                ShortIfByte(instruction, ((ParameterDefinition)instruction.Operand).Index + argumentBase, OpCodes.Ldarga_S);
                break;
            case Code.Starg:
                ShortIfByte(instruction, ((ParameterDefinition)instruction.Operand).Index + argumentBase, OpCodes.Starg_S);
                break;
            case Code.Ldloc:
                int local = ((VariableDefinition)instruction.Operand).Index;
                Replace(instruction, local switch
                {
                    0 => OpCodes.Ldloc_0,
                    1 => OpCodes.Ldloc_1,
                    2 => OpCodes.Ldloc_2,
                    3 => OpCodes.Ldloc_3,
                    < 256 => OpCodes.Ldloc_S,
                    _ => OpCodes.Ldloc,
                });
                break;
            case Code.Stloc:
                int stored = ((VariableDefinition)instruction.Operand).Index;
                Replace(instruction, stored switch
                {
                    0 => OpCodes.Stloc_0,
                    1 => OpCodes.Stloc_1,
                    2 => OpCodes.Stloc_2,
                    3 => OpCodes.Stloc_3,
                    < 256 => OpCodes.Stloc_S,
                    _ => OpCodes.Stloc,
                });
                break;
            case Code.Ldloca:
                ShortIfByte(instruction, ((VariableDefinition)instruction.Operand).Index, OpCodes.Ldloca_S);
                break;
            case Code.Ldc_I4:
                ShortenConstant(instruction, (int)instruction.Operand);
                break;
        }
    }

    private static void ShortenConstant(Instruction instruction, int value)
    {
        OpCode? constant = value switch
        {
            -1 => OpCodes.Ldc_I4_M1,
            0 => OpCodes.Ldc_I4_0,
            1 => OpCodes.Ldc_I4_1,
            2 => OpCodes.Ldc_I4_2,
            3 => OpCodes.Ldc_I4_3,
            4 => OpCodes.Ldc_I4_4,
            5 => OpCodes.Ldc_I4_5,
            6 => OpCodes.Ldc_I4_6,
            7 => OpCodes.Ldc_I4_7,
            8 => OpCodes.Ldc_I4_8,
            _ => null,
        };
        if (constant is { } fixedValue)
        {
            instruction.OpCode = fixedValue;
            instruction.Operand = null;
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            instruction.OpCode = OpCodes.Ldc_I4_S;
            instruction.Operand = (sbyte)value;
        }
    }

    /// <summary>A form with the index in the opcode drops the operand; <c>.s</c> and long forms keep it.</summary>
    private static void Replace(Instruction instruction, OpCode opcode)
    {
        instruction.OpCode = opcode;
        if (opcode.OperandType == OperandType.InlineNone)
        {
            instruction.Operand = null;
        }
    }

    private static void ShortIfByte(Instruction instruction, int index, OpCode shortForm)
    {
        if (index < 256)
        {
            instruction.OpCode = shortForm;
        }
    }

    private static OpCode? Short(OpCode branch) => branch.Code switch
    {
        Code.Br => OpCodes.Br_S,
        Code.Brfalse => OpCodes.Brfalse_S,
        Code.Brtrue => OpCodes.Brtrue_S,
        Code.Beq => OpCodes.Beq_S,
        Code.Bge => OpCodes.Bge_S,
        Code.Bgt => OpCodes.Bgt_S,
        Code.Ble => OpCodes.Ble_S,
        Code.Blt => OpCodes.Blt_S,
        Code.Bne_Un => OpCodes.Bne_Un_S,
        Code.Bge_Un => OpCodes.Bge_Un_S,
        Code.Bgt_Un => OpCodes.Bgt_Un_S,
        Code.Ble_Un => OpCodes.Ble_Un_S,
        Code.Blt_Un => OpCodes.Blt_Un_S,
        Code.Leave => OpCodes.Leave_S,
        _ => null,
    };
}
