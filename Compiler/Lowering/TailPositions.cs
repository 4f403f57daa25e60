using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Lowering;

/// <summary>
/// The expressions in tail position of a function body, as the typed emitter treats them (<c>EmitTail</c>):
/// the body; the branches of an <c>if</c> there; the body of a <c>let</c>; the last form of a sequence; the
/// clause bodies of a <c>match</c>; the last operand of an <c>and</c> or <c>or</c>. A call there may become a
/// loop, a jump or a call whose result is returned as the caller's; nothing inside a lambda is in tail position.
/// </summary>
public static class TailPositions
{
    public static HashSet<BoundExpr> Of(BoundExpr body)
    {
        var tails = new HashSet<BoundExpr>(ReferenceEqualityComparer.Instance);
        Mark(body, tails);
        return tails;
    }

    private static void Mark(BoundExpr expr, HashSet<BoundExpr> tails)
    {
        tails.Add(expr);
        switch (expr)
        {
            case IfExpr @if:
                Mark(@if.Then, tails);
                Mark(@if.Else, tails);
                break;
            case LetExpr let:
                Mark(let.Body, tails);
                break;
            case SequenceExpr { Body.Length: > 0 } sequence:
                Mark(sequence.Body[^1], tails);
                break;
            case MatchExpr match:
                foreach (MatchClause clause in match.Clauses)
                {
                    Mark(clause.Body, tails);
                }

                break;
            case AndExpr { Operands.Length: > 0 } and:
                Mark(and.Operands[^1], tails);
                break;
            case OrExpr { Operands.Length: > 0 } or:
                Mark(or.Operands[^1], tails);
                break;
        }
    }
}
