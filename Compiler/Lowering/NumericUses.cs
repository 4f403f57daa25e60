using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Lowering;

/// <summary>
/// How a local is used in an expression: as a direct operand of an operator (<c>+ - * &lt; &gt; &lt;= &gt;= = !=</c>,
/// and the builtins <c>+</c> and <c>*</c> of more arguments, <c>mod</c> and <c>range</c>) or otherwise. Type inference unboxes a <c>let</c> local of unknown kind where it is bound when it is
/// used at least twice, only as such operands, and a field bound by a constructor pattern when it is used
/// at least once so (its value may be held unboxed, see <c>DataValue.FieldLong</c>): a value that is not
/// an integer then leaves typed code (as any other unboxing does), and integers are compared and added unboxed.
/// </summary>
internal sealed class NumericUses : IrWalker
{
    private readonly LocalVariable _variable;
    private readonly KnownFunctions _known;
    private int _operands;
    private bool _other;

    private NumericUses(LocalVariable variable, KnownFunctions known)
    {
        _variable = variable;
        _known = known;
    }

    /// <summary>Whether <paramref name="variable"/> is used in <paramref name="body"/> at least <paramref name="minimum"/> times, each time as an operator's operand.</summary>
    public static bool OnlyAsOperands(LocalVariable variable, BoundExpr body, int minimum, KnownFunctions known)
    {
        var uses = new NumericUses(variable, known);
        uses.Visit(body);
        return !uses._other && uses._operands >= minimum;
    }

    public override void Visit(BoundExpr expr)
    {
        switch (expr)
        {
            case PrimitiveCallExpr primitive:
                Operand(primitive.Left);
                Operand(primitive.Right);
                return;
            case CallExpr call when TypeInference.ArithmeticBuiltin(call, _known) is not null || TypeInference.IntegerBuiltin(call, _known) is not null:
                foreach (BoundExpr argument in call.Arguments)
                {
                    Operand(argument);
                }

                return;
            case LocalLoadExpr load when load.Variable == _variable:
                _other = true;
                return;
            default:
                base.Visit(expr);
                return;
        }
    }

    private void Operand(BoundExpr operand)
    {
        if (operand is LocalLoadExpr load && load.Variable == _variable)
        {
            _operands++;
        }
        else
        {
            Visit(operand);
        }
    }
}
