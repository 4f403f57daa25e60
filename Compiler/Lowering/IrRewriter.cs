using System.Collections.Immutable;
using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Lowering;

/// <summary>
/// Rebuilds an IR tree bottom-up; a node is copied only when a child changed, so an unchanged tree
/// comes back as the same object. Passes override <see cref="Rewrite"/> and call the base first.
/// </summary>
public abstract class IrRewriter
{
    public virtual BoundExpr Rewrite(BoundExpr expr) => expr switch
    {
        ConstantExpr or LocalLoadExpr or GlobalLoadExpr or GlobalExportExpr or ImportExpr => expr,
        GlobalDefineExpr define => Same(define.Value, out var value) ? expr : define with { Value = value },
        ListExpr list => SameAll(list.Items, out var items) ? expr : list with { Items = items },
        CallExpr call => Same(call.Callee, out var callee) & SameAll(call.Arguments, out var args) ? expr : call with { Callee = callee, Arguments = args },
        PrimitiveCallExpr p => Same(p.Left, out var left) & Same(p.Right, out var right) ? expr : p with { Left = left, Right = right },
        LambdaExpr lambda => Same(lambda.Body, out var body) ? expr : lambda with { Body = body },
        LetExpr let => RewriteLet(let),
        IfExpr @if => Same(@if.Condition, out var c) & Same(@if.Then, out var t) & Same(@if.Else, out var e) ? expr : @if with { Condition = c, Then = t, Else = e },
        SequenceExpr sequence => SameAll(sequence.Body, out var body) ? expr : sequence with { Body = body },
        AndExpr and => SameAll(and.Operands, out var operands) ? expr : and with { Operands = operands },
        OrExpr or => SameAll(or.Operands, out var operands) ? expr : or with { Operands = operands },
        MatchExpr match => RewriteMatch(match),
        HandlerExpr handler => RewriteHandler(handler),
        ContractCheckExpr check => Same(check.Condition, out var condition) ? expr : check with { Condition = condition },
        _ => throw new InvalidOperationException($"unexpected IR {expr.GetType().Name}"),
    };

    private BoundExpr RewriteLet(LetExpr let)
    {
        bool same = true;
        var bindings = ImmutableArray.CreateBuilder<LetBinding>(let.Bindings.Length);
        foreach (LetBinding binding in let.Bindings)
        {
            same &= Same(binding.Value, out BoundExpr value);
            bindings.Add(ReferenceEquals(value, binding.Value) ? binding : binding with { Value = value });
        }

        same &= Same(let.Body, out BoundExpr body);
        return same ? let : let with { Bindings = bindings.MoveToImmutable(), Body = body };
    }

    private BoundExpr RewriteMatch(MatchExpr match)
    {
        bool same = Same(match.Scrutinee, out BoundExpr scrutinee);
        var clauses = ImmutableArray.CreateBuilder<MatchClause>(match.Clauses.Length);
        foreach (MatchClause clause in match.Clauses)
        {
            same &= Same(clause.Body, out BoundExpr body);
            clauses.Add(ReferenceEquals(body, clause.Body) ? clause : clause with { Body = body });
        }

        return same ? match : match with { Scrutinee = scrutinee, Clauses = clauses.MoveToImmutable() };
    }

    private BoundExpr RewriteHandler(HandlerExpr handler)
    {
        bool same = true;
        var entries = ImmutableArray.CreateBuilder<HandlerEntry>(handler.Entries.Length);
        foreach (HandlerEntry entry in handler.Entries)
        {
            same &= Same(entry.Handler, out BoundExpr value);
            entries.Add(ReferenceEquals(value, entry.Handler) ? entry : entry with { Handler = value });
        }

        same &= Same(handler.Body, out BoundExpr body);
        return same ? handler : handler with { Entries = entries.MoveToImmutable(), Body = body };
    }

    private bool Same(BoundExpr expr, out BoundExpr rewritten)
    {
        rewritten = Rewrite(expr);
        return ReferenceEquals(rewritten, expr);
    }

    private bool SameAll(ImmutableArray<BoundExpr> exprs, out ImmutableArray<BoundExpr> rewritten)
    {
        ImmutableArray<BoundExpr>.Builder? builder = null;
        for (int i = 0; i < exprs.Length; i++)
        {
            BoundExpr item = Rewrite(exprs[i]);
            if (builder is null && !ReferenceEquals(item, exprs[i]))
            {
                builder = ImmutableArray.CreateBuilder<BoundExpr>(exprs.Length);
                builder.AddRange(exprs, i);
            }

            builder?.Add(item);
        }

        rewritten = builder is null ? exprs : builder.MoveToImmutable();
        return builder is null;
    }
}
