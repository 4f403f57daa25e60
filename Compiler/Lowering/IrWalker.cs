using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Lowering;

/// <summary>Visits every node of an IR tree, lambda bodies included; analyses override <see cref="Visit"/> and call the base for the children.</summary>
public abstract class IrWalker
{
    public virtual void Visit(BoundExpr expr)
    {
        switch (expr)
        {
            case ConstantExpr or LocalLoadExpr or GlobalLoadExpr or GlobalExportExpr or ImportExpr:
                break;
            case GlobalDefineExpr define:
                Visit(define.Value);
                break;
            case ListExpr list:
                VisitAll(list.Items);
                break;
            case CallExpr call:
                Visit(call.Callee);
                VisitAll(call.Arguments);
                break;
            case PrimitiveCallExpr primitive:
                Visit(primitive.Left);
                Visit(primitive.Right);
                break;
            case LambdaExpr lambda:
                Visit(lambda.Body);
                break;
            case LetExpr let:
                foreach (LetBinding binding in let.Bindings)
                {
                    Visit(binding.Value);
                }

                Visit(let.Body);
                break;
            case IfExpr @if:
                Visit(@if.Condition);
                Visit(@if.Then);
                Visit(@if.Else);
                break;
            case SequenceExpr sequence:
                VisitAll(sequence.Body);
                break;
            case AndExpr and:
                VisitAll(and.Operands);
                break;
            case OrExpr or:
                VisitAll(or.Operands);
                break;
            case MatchExpr match:
                Visit(match.Scrutinee);
                foreach (MatchClause clause in match.Clauses)
                {
                    Visit(clause.Body);
                }

                break;
            case HandlerExpr handler:
                foreach (HandlerEntry entry in handler.Entries)
                {
                    Visit(entry.Handler);
                }

                Visit(handler.Body);
                break;
            case ContractCheckExpr check:
                Visit(check.Condition);
                break;
            default:
                throw new InvalidOperationException($"unexpected IR {expr.GetType().Name}");
        }
    }

    protected void VisitAll(IEnumerable<BoundExpr> exprs)
    {
        foreach (BoundExpr expr in exprs)
        {
            Visit(expr);
        }
    }
}
