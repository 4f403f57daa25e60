using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;

namespace FluentAI.Compiler.Emit;

/// <summary>The syntactic facts <see cref="TypedFunctionEmitter"/> needs to guard a loop's limit once (see <see cref="RangeFacts"/>) and to inline a loop at a call site.</summary>
internal static class LoopFacts
{
    /// <summary>The locals a comparison (<c>&lt; &gt; &lt;= &gt;=</c>) of the body sets against another local.</summary>
    public static HashSet<LocalVariable> ComparedWithLocals(BoundExpr body)
    {
        var finder = new ComparisonFinder();
        finder.Visit(body);
        return finder.Locals;
    }

    /// <summary>
    /// The parameters every call of the function passes on unchanged: in its own body and in the bodies
    /// of the known functions it calls (a callee inlined in tail position loops back through such calls).
    /// </summary>
    public static IEnumerable<int> InvariantParameters(FunctionInfo function, BoundExpr body, KnownFunctions known)
    {
        var calls = new List<CallExpr>();
        var self = new CallFinder(function, known, calls);
        self.Visit(body);
        foreach (KnownFunction callee in self.Callees.ToList())
        {
            new CallFinder(function, known, calls).Visit(callee.Lambda.Body);
        }

        for (int i = 0; i < function.ParameterCount; i++)
        {
            LocalVariable parameter = function.Locals[i];
            if (calls.All(c => c.Arguments.Length == function.ParameterCount && c.Arguments[i] is LocalLoadExpr load && load.Variable == parameter))
            {
                yield return i;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="body"/> calls no known function but <paramref name="function"/>, and that one
    /// only in tail position (as <see cref="TypedFunctionEmitter"/> emits tail positions): the function is a
    /// loop, or straight-line code, that can be inlined at a call site.
    /// </summary>
    public static bool CallsOnlyItselfInTail(FunctionInfo function, BoundExpr body, KnownFunctions known)
    {
        var calls = new List<CallExpr>();
        var finder = new CallFinder(function, known, calls);
        finder.Visit(body);
        if (finder.Callees.Count > 0)
        {
            return false;
        }

        HashSet<BoundExpr> tails = TailPositions.Of(body);
        return calls.All(tails.Contains);
    }

    private sealed class ComparisonFinder : IrWalker
    {
        public HashSet<LocalVariable> Locals { get; } = [];

        public override void Visit(BoundExpr expr)
        {
            if (expr is PrimitiveCallExpr { Op: PrimitiveOp.Less or PrimitiveOp.Greater or PrimitiveOp.LessEqual or PrimitiveOp.GreaterEqual, Left: LocalLoadExpr left, Right: LocalLoadExpr right })
            {
                Locals.Add(left.Variable);
                Locals.Add(right.Variable);
            }

            base.Visit(expr);
        }
    }

    /// <summary>Collects the calls of <paramref name="function"/>, and the other known functions called.</summary>
    private sealed class CallFinder(FunctionInfo function, KnownFunctions known, List<CallExpr> calls) : IrWalker
    {
        public HashSet<KnownFunction> Callees { get; } = [];

        public override void Visit(BoundExpr expr)
        {
            if (expr is CallExpr call && known.Callee(call) is { } callee)
            {
                if (callee.Function == function)
                {
                    calls.Add(call);
                }
                else
                {
                    Callees.Add(callee);
                }
            }

            base.Visit(expr);
        }
    }
}
