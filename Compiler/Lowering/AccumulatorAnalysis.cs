using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Lowering;

/// <summary>
/// Finds the list parameters of typed loops that are <em>accumulators</em>: every use of the parameter is
/// <list type="bullet">
/// <item>the list of a <c>cons</c> whose result is the same parameter's argument in a self call in tail position (a loop step),</item>
/// <item>that argument itself (passed on unchanged), or</item>
/// <item>an expression in tail position (the loop returns it),</item>
/// </list>
/// outside lambdas, with at least one such <c>cons</c>, in a function that calls itself only in tail
/// position (so every entry into its body, its own method or a copy inlined elsewhere, starts a loop).
/// No one can see the lists in between; typed code keeps the parameter as a <see cref="ListAccumulator"/>
/// (the elements in one array) and makes the list once, where it is returned. string_build's
/// <c>numbers</c> is one: <c>(if (&lt; i 0) acc (numbers (- i 1) (cons (to-string i) acc)))</c>.
/// </summary>
public static class AccumulatorAnalysis
{
    public static Dictionary<FunctionInfo, TypedSignature> Apply(Dictionary<FunctionInfo, TypedSignature> signatures, KnownFunctions known)
    {
        Dictionary<FunctionInfo, TypedSignature>? result = null;
        foreach (KnownFunction function in known.All)
        {
            if (!signatures.TryGetValue(function.Function, out TypedSignature? signature) || !signature.ParameterTypes.Contains(typeof(FluentList)))
            {
                continue;
            }

            var uses = new Uses(function, known);
            uses.Visit(function.Lambda.Body);
            if (uses.SelfCallOutsideTail)
            {
                continue;
            }

            HashSet<int>? accumulators = null;
            Dictionary<BoundExpr, Type>? types = null;
            for (int i = 0; i < signature.ParameterCount; i++)
            {
                if (signature.ParameterTypes[i] == typeof(FluentList) && uses.Accumulated(i) is { } accumulated)
                {
                    accumulators ??= [];
                    accumulators.Add(i);
                    types ??= new Dictionary<BoundExpr, Type>(signature.ExpressionTypes, ReferenceEqualityComparer.Instance);
                    foreach (BoundExpr expr in accumulated)
                    {
                        types[expr] = typeof(ListAccumulator);
                    }
                }
            }

            if (accumulators is not null)
            {
                result ??= new Dictionary<FunctionInfo, TypedSignature>(signatures);
                result[function.Function] = signature with { ExpressionTypes = types!, Accumulators = accumulators };
            }
        }

        return result ?? signatures;
    }

    /// <summary>Where each argument and each load of a function body sits, and whether it calls itself outside tail position.</summary>
    private sealed class Uses(KnownFunction function, KnownFunctions known) : UseWalker
    {
        private readonly HashSet<BoundExpr> _tails = TailPositions.Of(function.Lambda.Body);

        /// <summary>Whether the function calls itself anywhere but in tail position (such a call's copy would not start a loop).</summary>
        public bool SelfCallOutsideTail { get; private set; }

        protected override void OnCall(CallExpr call)
        {
            if (known.Callee(call)?.Function == function.Function && (CallsInLambdas.Contains(call) || !_tails.Contains(call)))
            {
                SelfCallOutsideTail = true;
            }
        }

        /// <summary>The loads of parameter <paramref name="index"/> and the conses onto it, when it is an accumulator; else null.</summary>
        public List<BoundExpr>? Accumulated(int index)
        {
            if (!Loads.TryGetValue(function.Function.Locals[index], out List<LocalLoadExpr>? loads))
            {
                return null;
            }

            var accumulated = new List<BoundExpr>();
            bool consed = false;
            foreach (LocalLoadExpr load in loads)
            {
                if (LoadsInLambdas.Contains(load))
                {
                    return null;
                }

                accumulated.Add(load);
                if (_tails.Contains(load) || IsLoopStep(load, index))
                {
                    continue;
                }

                if (Parents.TryGetValue(load, out (CallExpr Call, int Index) parent) && parent.Index == 1
                    && TypeInference.PureBuiltin(parent.Call, known) == "cons" && IsLoopStep(parent.Call, index))
                {
                    accumulated.Add(parent.Call);
                    consed = true;
                    continue;
                }

                return null;
            }

            return consed ? accumulated : null;
        }

        /// <summary>Whether <paramref name="expr"/> is argument <paramref name="index"/> of a self call in tail position.</summary>
        private bool IsLoopStep(BoundExpr expr, int index) =>
            Parents.TryGetValue(expr, out (CallExpr Call, int Index) parent)
            && parent.Index == index
            && _tails.Contains(parent.Call)
            && known.Callee(parent.Call)?.Function == function.Function
            && parent.Call.Arguments.Length == function.Function.ParameterCount;
    }
}
