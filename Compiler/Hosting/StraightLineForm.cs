using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Hosting;

/// <summary>
/// A top-level form with no function in it (no lambda, so no loop: each of its parts runs at most once), built only
/// from constants, variables, definitions of plain values, calls, operators, <c>let</c>, <c>if</c>, <c>begin</c>,
/// <c>and</c> and <c>or</c>. Dynamic mode runs such a form once on the VM instead of compiling it: generating IL and
/// JIT-compiling it costs hundreds of microseconds, interpreting it a few. The functions it calls still run as they
/// were compiled (IL). Forms of any other kind (handlers, <c>match</c>, imports, exports, contracts) are compiled as before.
/// </summary>
internal static class StraightLineForm
{
    public static bool Is(BoundExpr expr) => expr switch
    {
        ConstantExpr or LocalLoadExpr or GlobalLoadExpr => true,
        GlobalDefineExpr define => Is(define.Value),
        ListExpr list => All(list.Items),
        CallExpr call => Is(call.Callee) && All(call.Arguments),
        PrimitiveCallExpr primitive => Is(primitive.Left) && Is(primitive.Right),
        LetExpr let => let.Bindings.All(binding => Is(binding.Value)) && Is(let.Body),
        IfExpr @if => Is(@if.Condition) && Is(@if.Then) && Is(@if.Else),
        SequenceExpr sequence => All(sequence.Body),
        AndExpr and => All(and.Operands),
        OrExpr or => All(or.Operands),
        _ => false,
    };

    private static bool All(IEnumerable<BoundExpr> exprs)
    {
        foreach (BoundExpr expr in exprs)
        {
            if (!Is(expr))
            {
                return false;
            }
        }

        return true;
    }
}
