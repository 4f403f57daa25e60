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
                    if (ctor.Arguments[i] is WildcardPattern)
                    {
                        continue;
                    }

                    Emit(OpCode.LoadField, 1, slot, i);
                    Emit(OpCode.StoreLocal, -1, ctor.Temps[i].Slot);
                    EmitPatternTest(ctor.Arguments[i], ctor.Temps[i].Slot, failLabel);
                }

                break;
            case ListPattern list:
                Emit(OpCode.TestList, 1, slot, list.Items.Length, list.Rest is null ? 0 : 1);
                EmitJump(OpCode.JumpIfFalse, failLabel, -1);
                for (int i = 0; i < list.Items.Length; i++)
                {
                    if (list.Items[i] is WildcardPattern)
                    {
                        continue;
                    }

                    Emit(OpCode.LoadItem, 1, slot, i);
                    Emit(OpCode.StoreLocal, -1, list.Temps[i].Slot);
                    EmitPatternTest(list.Items[i], list.Temps[i].Slot, failLabel);
                }

                if (list.Rest is not null and not WildcardPattern)
                {
                    Emit(OpCode.LoadRest, 1, slot, list.Items.Length);
                    Emit(OpCode.StoreLocal, -1, list.RestTemp!.Slot);
                    EmitPatternTest(list.Rest, list.RestTemp.Slot, failLabel);
                }

                break;
            default:
                throw new InvalidOperationException($"unexpected pattern {pattern.GetType().Name}");
        }
    }
}
