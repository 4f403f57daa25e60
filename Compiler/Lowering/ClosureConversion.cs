using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Lowering;

/// <summary>
/// Closure conversion for the IL backends: decides how each captured variable travels into a
/// closure's environment. FluentAI variables are never assigned after their initializer, so a closure
/// may copy the value, unless it can be created before the variable has its value: a <c>let</c>
/// binding captured by a lambda inside its own initializer or an earlier one (letrec*, e.g. a
/// recursive local function). Only those live in a shared box (<c>StrongBox&lt;object&gt;</c>), which
/// holds <c>Unassigned</c> until the initializer has run.
/// </summary>
public sealed class ClosureConversion : IrWalker
{
    private readonly HashSet<LocalVariable> _boxed = [];
    private readonly List<LocalVariable> _pending = [];

    public static IReadOnlySet<LocalVariable> BoxedVariables(IEnumerable<BoundExpr> bodies)
    {
        var pass = new ClosureConversion();
        foreach (BoundExpr body in bodies)
        {
            pass.Visit(body);
        }

        return pass._boxed;
    }

    public override void Visit(BoundExpr expr)
    {
        switch (expr)
        {
            case LetExpr let:
                int mark = _pending.Count;
                foreach (LetBinding binding in let.Bindings)
                {
                    if (binding.Variable.IsCaptured)
                    {
                        _pending.Add(binding.Variable);
                    }
                }

                foreach (LetBinding binding in let.Bindings)
                {
                    Visit(binding.Value);
                    _pending.Remove(binding.Variable); // initialized: later closures copy it
                }

                _pending.RemoveRange(mark, _pending.Count - mark);
                Visit(let.Body);
                return;
            case LambdaExpr lambda:
                foreach (LocalVariable captured in lambda.Function.Captures)
                {
                    if (_pending.Contains(captured))
                    {
                        _boxed.Add(captured);
                    }
                }

                break;
        }

        base.Visit(expr);
    }
}
