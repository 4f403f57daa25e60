using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// Whether a function body can grow the CLR stack through itself: a call outside tail position, a
/// <c>handler</c> form or an import. Only such functions check the remaining stack on entry (tail calls
/// keep constant space and leaves cannot recurse).
/// </summary>
internal static class StackUse
{
    public static bool MakesNonTailCalls(BoundExpr body) => Grows(body, tail: true);

    private static bool Grows(BoundExpr expr, bool tail) => expr switch
    {
        ConstantExpr or LocalLoadExpr or GlobalLoadExpr or GlobalExportExpr or LambdaExpr => false,
        ImportExpr or HandlerExpr => true,
        CallExpr call => !tail || Grows(call.Callee, false) || call.Arguments.Any(a => Grows(a, false)),
        GlobalDefineExpr define => Grows(define.Value, false),
        ListExpr list => list.Items.Any(i => Grows(i, false)),
        PrimitiveCallExpr primitive => Grows(primitive.Left, false) || Grows(primitive.Right, false),
        LetExpr let => let.Bindings.Any(b => Grows(b.Value, false)) || Grows(let.Body, tail),
        IfExpr @if => Grows(@if.Condition, false) || Grows(@if.Then, tail) || Grows(@if.Else, tail),
        SequenceExpr sequence => sequence.Body.Select((e, i) => Grows(e, tail && i == sequence.Body.Length - 1)).Any(g => g),
        AndExpr and => and.Operands.Select((e, i) => Grows(e, tail && i == and.Operands.Length - 1)).Any(g => g),
        OrExpr or => or.Operands.Select((e, i) => Grows(e, tail && i == or.Operands.Length - 1)).Any(g => g),
        MatchExpr match => Grows(match.Scrutinee, false) || match.Clauses.Any(c => Grows(c.Body, tail)),
        ContractCheckExpr check => Grows(check.Condition, false),
        _ => true,
    };
}
