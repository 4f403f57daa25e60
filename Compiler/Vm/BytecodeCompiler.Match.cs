using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Vm;

public sealed partial class BytecodeCompiler
{
    /// <summary>
    /// Decision code: the scrutinee goes to a temporary; each clause tests its pattern against it
    /// (sub-values go to temporaries, so the operand stack is empty at every test) and jumps to the
    /// next clause on the first failed test.
    /// </summary>
    private void EmitMatch(MatchExpr match, bool tail)
    {
        EmitExpr(match.Scrutinee, tail: false);
        Emit(OpCode.StoreLocal, -1, match.Temp.Slot);
        int endLabel = NewLabel();
        foreach (MatchClause clause in match.Clauses)
        {
            int nextLabel = NewLabel();
            EmitPatternTest(clause.Pattern, match.Temp.Slot, nextLabel);
            EmitExpr(clause.Body, tail);
            EmitBranchEnd(endLabel, tail);
            MarkLabel(nextLabel);
        }

        Emit(OpCode.NoMatch, 1, match.Temp.Slot);
        MarkLabel(endLabel);
    }

    private void EmitPatternTest(BoundPattern pattern, int slot, int failLabel)
    {
        switch (pattern)
        {
            case WildcardPattern:
                break;
            case VariablePattern variable:
                Emit(OpCode.LoadLocal, 1, slot);
                EmitStore(variable.Variable, fresh: true);
                break;
            case LiteralPattern literal:
                Emit(OpCode.TestEqual, 1, slot, Constant(literal.Value));
                EmitJump(OpCode.JumpIfFalse, failLabel, -1);
                break;
            case ConstructorPattern ctor:
                Emit(OpCode.TestConstructor, 1, slot, Constant(ctor.Name), ctor.Arguments.Length);
                EmitJump(OpCode.JumpIfFalse, failLabel, -1);
                for (int i = 0; i < ctor.Arguments.Length; i++)
                {
                    EmitSubPattern(OpCode.LoadField, slot, i, ctor.Arguments[i], ctor.Temps[i], failLabel);
                }

                break;
            case ListPattern list:
                Emit(OpCode.TestList, 1, slot, list.Items.Length, list.Rest is null ? 0 : 1);
                EmitJump(OpCode.JumpIfFalse, failLabel, -1);
                for (int i = 0; i < list.Items.Length; i++)
                {
                    EmitSubPattern(OpCode.LoadItem, slot, i, list.Items[i], list.Temps[i], failLabel);
                }

                if (list.Rest is not null)
                {
                    EmitSubPattern(OpCode.LoadRest, slot, list.Items.Length, list.Rest, list.RestTemp!, failLabel);
                }

                break;
            default:
                throw new InvalidOperationException($"unexpected pattern {pattern.GetType().Name}");
        }
    }

    /// <summary>Extracts one part of the value in <paramref name="slot"/> into a temporary and tests it (wildcards need neither).</summary>
    private void EmitSubPattern(OpCode extract, int slot, int operand, BoundPattern pattern, LocalVariable temp, int failLabel)
    {
        if (pattern is WildcardPattern)
        {
            return;
        }

        Emit(extract, 1, slot, operand);
        Emit(OpCode.StoreLocal, -1, temp.Slot);
        EmitPatternTest(pattern, temp.Slot, failLabel);
    }
}
