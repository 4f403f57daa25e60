using System.Collections.Immutable;
using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Lowering;

/// <summary>
/// Folds builtin operators applied to integer literals (<c>(* 4 5)</c> -> <c>20</c>, overflow to a
/// BigInteger exactly as at run time) and <c>if</c> on a literal condition. An operator is folded only
/// while its global holds the builtin and the unit does not define that global itself. Returns the
/// forms unchanged (the same objects) when nothing folds.
/// </summary>
public static class ConstantFolding
{
    public static IReadOnlyList<TopLevelForm> Fold(IReadOnlyList<TopLevelForm> forms)
    {
        var defined = new DefinedCells();
        foreach (TopLevelForm form in forms)
        {
            defined.Visit(form.Body);
        }

        var folder = new Folder(defined.Cells);
        return [.. forms.Select(f => folder.Rewrite(f.Body) is var body && ReferenceEquals(body, f.Body) ? f : new TopLevelForm(f.Function, body))];
    }

    /// <summary>The cells the unit defines, and those its imported modules define (an import may replace an operator).</summary>
    private sealed class DefinedCells : IrWalker
    {
        private readonly HashSet<ModuleInfo> _modules = [];

        public HashSet<GlobalCell> Cells { get; } = [];

        public override void Visit(BoundExpr expr)
        {
            if (expr is ImportExpr import && _modules.Add(import.Module))
            {
                foreach (TopLevelForm form in import.Module.Forms)
                {
                    Visit(form.Body);
                }
            }

            if (expr is GlobalDefineExpr define)
            {
                Cells.Add(define.Cell);
            }
            else if (expr is GlobalExportExpr export)
            {
                Cells.Add(export.Cell);
            }

            base.Visit(expr);
        }
    }

    private sealed class Folder(HashSet<GlobalCell> defined) : IrRewriter
    {
        public override BoundExpr Rewrite(BoundExpr expr)
        {
            BoundExpr rewritten = base.Rewrite(expr);
            switch (rewritten)
            {
                case PrimitiveCallExpr { Left: ConstantExpr { Value: long x }, Right: ConstantExpr { Value: long y } } primitive
                    when !defined.Contains(primitive.Cell) && primitive.Cell.Builtin is not null && ReferenceEquals(primitive.Cell.Value, primitive.Cell.Builtin):
                    return new ConstantExpr(primitive.Span, CompiledOps.Fixnum((int)primitive.Op, x, y));
                case IfExpr { Condition: ConstantExpr condition } @if:
                    return Runtime.RuntimeOps.IsTruthy(condition.Value) ? @if.Then : @if.Else;
                default:
                    return rewritten;
            }
        }
    }
}
