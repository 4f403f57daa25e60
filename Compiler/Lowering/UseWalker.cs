using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Lowering;

/// <summary>
/// Walks a function body and records how its values are used: where each call argument sits (the call and
/// the argument's index), every load of each local, and which loads and calls are inside lambdas. The list
/// analyses (<see cref="IntegerListAnalysis"/>, <see cref="AccumulatorAnalysis"/>) decide from these whether a
/// parameter's every use is one they allow.
/// </summary>
internal abstract class UseWalker : IrWalker
{
    private int _lambdaDepth;

    /// <summary>The call each argument is passed to, and at which index.</summary>
    protected Dictionary<BoundExpr, (CallExpr Call, int Index)> Parents { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The loads of each local, in the order walked.</summary>
    protected Dictionary<LocalVariable, List<LocalLoadExpr>> Loads { get; } = [];

    /// <summary>The loads inside a lambda.</summary>
    protected HashSet<LocalLoadExpr> LoadsInLambdas { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The calls inside a lambda.</summary>
    protected HashSet<CallExpr> CallsInLambdas { get; } = new(ReferenceEqualityComparer.Instance);

    public override void Visit(BoundExpr expr)
    {
        switch (expr)
        {
            case CallExpr call:
                for (int i = 0; i < call.Arguments.Length; i++)
                {
                    Parents[call.Arguments[i]] = (call, i);
                }

                if (_lambdaDepth > 0)
                {
                    CallsInLambdas.Add(call);
                }

                OnCall(call);
                break;
            case LocalLoadExpr load:
                if (!Loads.TryGetValue(load.Variable, out List<LocalLoadExpr>? loads))
                {
                    Loads[load.Variable] = loads = [];
                }

                loads.Add(load);
                if (_lambdaDepth > 0)
                {
                    LoadsInLambdas.Add(load);
                }

                break;
            case LambdaExpr:
                _lambdaDepth++;
                base.Visit(expr);
                _lambdaDepth--;
                return;
        }

        base.Visit(expr);
    }

    /// <summary>Called for every call of the body, its argument positions already recorded.</summary>
    protected virtual void OnCall(CallExpr call)
    {
    }
}
