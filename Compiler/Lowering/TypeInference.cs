using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Lowering;

/// <summary>The unboxed signature of a known function: every parameter <c>long</c>, the result <c>long</c> or <c>bool</c>.</summary>
/// <param name="Dependencies">The known functions its typed code calls, itself and transitively: their globals must still hold them when the typed code is entered.</param>
public sealed record TypedSignature(FunctionInfo Function, Type ReturnType, IReadOnlyList<KnownFunction> Dependencies)
{
    public int ParameterCount => Function.ParameterCount;
}

/// <summary>
/// Finds the known functions whose code is provably integer and boolean code: parameters used only as
/// integers, integer literals and booleans, the operators <c>+ - * &lt; &gt; &lt;= &gt;= = !=</c>,
/// <c>if</c>/<c>and</c>/<c>or</c>/<c>let</c>/<c>do</c>, and calls to such functions (recursion
/// included). Their code runs on <c>long</c> and <c>bool</c> locals with direct calls; integer overflow
/// leaves it (the code is pure, so the call reruns on boxed values with BigInteger arithmetic).
/// The result types are a least fixed point over the unit's call graph.
/// </summary>
public static class TypeInference
{
    /// <summary>No type yet: a call whose callee's result is still being inferred.</summary>
    private static readonly Type Bottom = typeof(void);

    public static IReadOnlyDictionary<FunctionInfo, TypedSignature> Infer(KnownFunctions known)
    {
        var candidates = new Dictionary<FunctionInfo, KnownFunction>();
        foreach (KnownFunction function in known.All)
        {
            candidates[function.Function] = function;
        }

        var results = new Dictionary<FunctionInfo, Type>();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (KnownFunction function in candidates.Values.ToList())
            {
                var checker = new Checker(function.Function, known, candidates, results);
                Type? type = checker.Infer(function.Lambda.Body);
                if (type is null)
                {
                    candidates.Remove(function.Function);
                    results.Remove(function.Function);
                    changed = true;
                }
                else if (type != Bottom && results.GetValueOrDefault(function.Function) != type)
                {
                    results[function.Function] = type;
                    changed = true;
                }
            }

            if (!changed)
            {
                // A function whose result never got a type (it only ever returns its own calls) is not
                // typed, and the callers that relied on it are checked again.
                foreach (FunctionInfo untyped in candidates.Keys.Where(f => !results.ContainsKey(f)).ToList())
                {
                    candidates.Remove(untyped);
                    changed = true;
                }
            }
        }

        var signatures = new Dictionary<FunctionInfo, TypedSignature>();
        foreach ((FunctionInfo function, Type type) in results)
        {
            signatures[function] = new TypedSignature(function, type, Dependencies(candidates[function], known));
        }

        return signatures;
    }

    private static List<KnownFunction> Dependencies(KnownFunction root, KnownFunctions known)
    {
        var seen = new List<KnownFunction> { root };
        for (int i = 0; i < seen.Count; i++)
        {
            foreach (KnownFunction callee in CalleeCollector.Collect(seen[i].Lambda.Body, known))
            {
                if (!seen.Contains(callee))
                {
                    seen.Add(callee);
                }
            }
        }

        return seen;
    }

    private sealed class CalleeCollector(KnownFunctions known) : IrWalker
    {
        private readonly List<KnownFunction> _callees = [];

        public static List<KnownFunction> Collect(BoundExpr body, KnownFunctions known)
        {
            var collector = new CalleeCollector(known);
            collector.Visit(body);
            return collector._callees;
        }

        public override void Visit(BoundExpr expr)
        {
            if (expr is CallExpr call && known.Callee(call) is { } callee && !_callees.Contains(callee))
            {
                _callees.Add(callee);
            }

            base.Visit(expr);
        }
    }

    /// <summary>Types one body; null when it is not typed code.</summary>
    private sealed class Checker(FunctionInfo function, KnownFunctions known, Dictionary<FunctionInfo, KnownFunction> candidates, Dictionary<FunctionInfo, Type> results)
    {
        private readonly Dictionary<LocalVariable, Type> _locals = [];

        public Type? Infer(BoundExpr body)
        {
            for (int i = 0; i < function.ParameterCount; i++)
            {
                if (function.Locals[i].IsCaptured)
                {
                    return null;
                }

                _locals[function.Locals[i]] = typeof(long);
            }

            return Type(body);
        }

        private Type? Type(BoundExpr expr) => expr switch
        {
            ConstantExpr { Value: long } => typeof(long),
            ConstantExpr { Value: bool } => typeof(bool),
            LocalLoadExpr load when load.Variable.Owner == function && !load.Variable.IsCaptured => _locals.GetValueOrDefault(load.Variable),
            PrimitiveCallExpr primitive => Primitive(primitive),
            IfExpr @if => If(@if),
            AndExpr and => Logical(and.Operands),
            OrExpr or => Logical(or.Operands),
            LetExpr let => Let(let),
            SequenceExpr { Body.Length: > 0 } sequence => Sequence(sequence),
            CallExpr call => Call(call),
            _ => null,
        };

        private Type? Primitive(PrimitiveCallExpr primitive)
        {
            Type? left = Type(primitive.Left);
            Type? right = Type(primitive.Right);
            if (left is null || right is null)
            {
                return null;
            }

            bool integers = IsIntegerOrBottom(left) && IsIntegerOrBottom(right);
            return primitive.Op switch
            {
                PrimitiveOp.Add or PrimitiveOp.Subtract or PrimitiveOp.Multiply => integers ? typeof(long) : null,
                PrimitiveOp.Equal or PrimitiveOp.NotEqual => integers || (IsBoolOrBottom(left) && IsBoolOrBottom(right)) ? typeof(bool) : null,
                _ => integers ? typeof(bool) : null,
            };
        }

        private Type? If(IfExpr @if)
        {
            Type? condition = Type(@if.Condition);
            if (condition is null)
            {
                return null;
            }

            return Join(Type(@if.Then), Type(@if.Else));
        }

        private Type? Logical(System.Collections.Immutable.ImmutableArray<BoundExpr> operands)
        {
            foreach (BoundExpr operand in operands)
            {
                Type? type = Type(operand);
                if (type is null || !IsBoolOrBottom(type))
                {
                    return null;
                }
            }

            return typeof(bool);
        }

        private Type? Let(LetExpr let)
        {
            foreach (LetBinding binding in let.Bindings)
            {
                Type? type = Type(binding.Value);
                if (type is null || type == Bottom || binding.Variable.IsCaptured)
                {
                    return null;
                }

                _locals[binding.Variable] = type;
            }

            return Type(let.Body);
        }

        private Type? Sequence(SequenceExpr sequence)
        {
            Type? last = null;
            foreach (BoundExpr item in sequence.Body)
            {
                last = Type(item);
                if (last is null)
                {
                    return null;
                }
            }

            return last;
        }

        private Type? Call(CallExpr call)
        {
            if (known.Callee(call) is not { } callee || !candidates.ContainsKey(callee.Function)
                || call.Arguments.Length != callee.Function.ParameterCount)
            {
                return null;
            }

            foreach (BoundExpr argument in call.Arguments)
            {
                Type? type = Type(argument);
                if (type is null || !IsIntegerOrBottom(type))
                {
                    return null;
                }
            }

            return results.GetValueOrDefault(callee.Function) ?? Bottom;
        }

        private static Type? Join(Type? a, Type? b)
        {
            if (a is null || b is null)
            {
                return null;
            }

            if (a == Bottom)
            {
                return b;
            }

            return b == Bottom || a == b ? a : null;
        }

        private static bool IsIntegerOrBottom(Type type) => type == typeof(long) || type == Bottom;

        private static bool IsBoolOrBottom(Type type) => type == typeof(bool) || type == Bottom;
    }
}
