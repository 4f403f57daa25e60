using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Lowering;

/// <summary>
/// Finds the list parameters of typed functions that can hold <em>integer lists</em>: chains of unboxed
/// <c>IntegerCell</c>s (a <c>long</c> and the next cell, no box) built by typed code, null when empty. A list
/// parameter qualifies when every use of it, in its function's typed code, is one of
/// <list type="bullet">
/// <item>the argument of <c>head</c> or <c>empty?</c>;</item>
/// <item>the argument of <c>tail</c>, or the list of a <c>cons</c> whose element is an integer, the result being used so in turn;</item>
/// <item>an argument passed to a parameter that qualifies;</item>
/// </list>
/// not inside a lambda, and when some call passes it a list consed there from an integer (directly or
/// through other such parameters: otherwise nothing would gain). Such a list never reaches code that
/// could see a cell: not a result, a data field, a builtin other than those three, a boxed callee. The
/// parameter is then an <c>IntegerCell?</c> or an <c>IntegerNode*</c> (null when empty; which one, see
/// <see cref="InFrames"/>): the conses that feed it build cells or nodes, and a
/// list from elsewhere (a boxed caller's argument, <c>[]</c>) is taken into cells whole
/// (<c>IntegerLists.Enter</c>, which leaves typed code on anything but a list of integers).
/// A least fixed point: candidates are dropped until every remaining one qualifies given the others.
/// </summary>
public static partial class IntegerListAnalysis
{
    public static Dictionary<FunctionInfo, TypedSignature> Apply(Dictionary<FunctionInfo, TypedSignature> signatures, KnownFunctions known)
    {
        // Most units have no list parameter: they return here, before any of the analysis's own types is
        // loaded or its generic collections compiled (a fresh process's first Dynamic eval pays for those).
        foreach (TypedSignature signature in signatures.Values)
        {
            foreach (Type type in signature.ParameterTypes)
            {
                if (type == typeof(FluentList))
                {
                    return Analyze(signatures, known);
                }
            }
        }

        return signatures;
    }

    private static Dictionary<FunctionInfo, TypedSignature> Analyze(Dictionary<FunctionInfo, TypedSignature> signatures, KnownFunctions known)
    {
        var bodies = new Dictionary<FunctionInfo, Body>();
        foreach (KnownFunction function in known.All)
        {
            if (signatures.TryGetValue(function.Function, out TypedSignature? signature))
            {
                bodies[function.Function] = Body.Of(function, signature, known);
            }
        }

        var candidates = new HashSet<(FunctionInfo, int)>();
        foreach ((FunctionInfo function, TypedSignature signature) in signatures)
        {
            for (int i = 0; i < signature.ParameterTypes.Count; i++)
            {
                if (signature.ParameterTypes[i] == typeof(FluentList))
                {
                    candidates.Add((function, i));
                }
            }
        }

        while (candidates.Count > 0)
        {
            var next = new HashSet<(FunctionInfo, int)>(candidates.Where(c => bodies[c.Item1].Qualifies(c.Item2, candidates)));
            next.IntersectWith(Fed(bodies, next));
            if (next.Count == candidates.Count)
            {
                break;
            }

            candidates = next;
        }

        if (candidates.Count == 0)
        {
            return signatures;
        }

        var lists = new Dictionary<FunctionInfo, HashSet<BoundExpr>>();
        foreach ((FunctionInfo function, Body body) in bodies)
        {
            lists[function] = body.IntegerLists(candidates);
        }

        HashSet<FunctionInfo> inFrames = InFrames(bodies, lists, candidates);
        var result = new Dictionary<FunctionInfo, TypedSignature>();
        foreach ((FunctionInfo function, TypedSignature signature) in signatures)
        {
            HashSet<BoundExpr> functionLists = lists[function];
            if (functionLists.Count == 0 && !HasCandidate(function, candidates))
            {
                result[function] = signature;
                continue;
            }

            Type listType = inFrames.Contains(function) ? NodePointer : typeof(IntegerCell);
            var parameterTypes = signature.ParameterTypes.ToArray();
            for (int i = 0; i < parameterTypes.Length; i++)
            {
                if (candidates.Contains((function, i)))
                {
                    parameterTypes[i] = listType;
                }
            }

            var types = new Dictionary<BoundExpr, Type>(signature.ExpressionTypes, ReferenceEqualityComparer.Instance);
            foreach (BoundExpr list in functionLists)
            {
                types[list] = listType;
            }

            result[function] = signature with
            {
                ParameterTypes = parameterTypes,
                ExpressionTypes = types,
                IntegerLists = functionLists,
                IntegerListType = listType,
            };
        }

        return result;
    }

    /// <summary>The candidates some call passes an integer list to: a list consed there from an integer, or a fed candidate (or its tail).</summary>
    private static HashSet<(FunctionInfo, int)> Fed(Dictionary<FunctionInfo, Body> bodies, HashSet<(FunctionInfo, int)> candidates)
    {
        var fed = new HashSet<(FunctionInfo, int)>();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (Body body in bodies.Values)
            {
                foreach ((CallExpr call, FunctionInfo callee) in body.Calls)
                {
                    for (int i = 0; i < call.Arguments.Length; i++)
                    {
                        if (candidates.Contains((callee, i)) && !fed.Contains((callee, i)) && body.Feeds(call.Arguments[i], fed))
                        {
                            fed.Add((callee, i));
                            changed = true;
                        }
                    }
                }
            }
        }

        return fed;
    }

    /// <summary>One typed function's body: where each call argument sits, and which loads are inside lambdas.</summary>
    private sealed partial class Body : UseWalker
    {
        private readonly List<BoundExpr> _all = [];
        private readonly FunctionInfo _function;
        private readonly TypedSignature _signature;
        private readonly KnownFunctions _known;

        private Body(FunctionInfo function, TypedSignature signature, KnownFunctions known)
        {
            _function = function;
            _signature = signature;
            _known = known;
        }

        /// <summary>The calls of typed functions in the body, with their callees.</summary>
        public List<(CallExpr Call, FunctionInfo Callee)> Calls { get; } = [];

        public static Body Of(KnownFunction function, TypedSignature signature, KnownFunctions known)
        {
            var body = new Body(function.Function, signature, known);
            body.Visit(function.Lambda.Body);
            body.MarkTail(function.Lambda.Body);
            return body;
        }

        public override void Visit(BoundExpr expr)
        {
            _all.Add(expr);
            base.Visit(expr);
        }

        protected override void OnCall(CallExpr call)
        {
            if (_known.Callee(call) is { } callee && call.Arguments.Length == callee.Function.ParameterCount)
            {
                Calls.Add((call, callee.Function));
            }
        }

        /// <summary>Whether every use of parameter <paramref name="index"/> is one an integer list allows.</summary>
        public bool Qualifies(int index, HashSet<(FunctionInfo, int)> candidates) =>
            !Loads.TryGetValue(_function.Locals[index], out List<LocalLoadExpr>? loads)
            || loads.All(load => !LoadsInLambdas.Contains(load) && UsedAsIntegerList(load, candidates));

        /// <summary>Whether an expression whose value is an integer list is used only where one may go.</summary>
        private bool UsedAsIntegerList(BoundExpr expr, HashSet<(FunctionInfo, int)> candidates)
        {
            if (!Parents.TryGetValue(expr, out (CallExpr Call, int Index) parent))
            {
                return false;
            }

            return TypeInference.PureBuiltin(parent.Call, _known) switch
            {
                "head" or "empty?" => true,
                "tail" => UsedAsIntegerList(parent.Call, candidates),
                "cons" => parent.Index == 1 && IsInteger(parent.Call.Arguments[0]) && UsedAsIntegerList(parent.Call, candidates),
                null => _known.Callee(parent.Call) is { } callee && candidates.Contains((callee.Function, parent.Index)),
                _ => false,
            };
        }

        /// <summary>Whether <paramref name="argument"/>, passed to a fed candidate, makes it fed: an integer consed onto a list, or a fed candidate or its tail.</summary>
        public bool Feeds(BoundExpr argument, HashSet<(FunctionInfo, int)> fed) => argument switch
        {
            CallExpr call when TypeInference.PureBuiltin(call, _known) == "cons" => IsIntegerCons(call, fed),
            CallExpr call when TypeInference.PureBuiltin(call, _known) == "tail" => Feeds(call.Arguments[0], fed),
            LocalLoadExpr load => ParameterIndex(load.Variable) is int index && fed.Contains((_function, index)),
            _ => false,
        };

        /// <summary>The expressions of the body whose values are integer lists (loads of qualifying parameters, their tails, the conses that feed them).</summary>
        public HashSet<BoundExpr> IntegerLists(HashSet<(FunctionInfo, int)> candidates)
        {
            var lists = new HashSet<BoundExpr>(ReferenceEqualityComparer.Instance);
            foreach (BoundExpr expr in _all)
            {
                if (expr is LocalLoadExpr load && ParameterIndex(load.Variable) is int index && candidates.Contains((_function, index)))
                {
                    lists.Add(load);
                }
            }

            // Tails and conses nest: add until nothing changes (a cons's list is added before or after the cons).
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (BoundExpr expr in _all)
                {
                    if (lists.Contains(expr) || expr is not CallExpr call)
                    {
                        continue;
                    }

                    string? builtin = TypeInference.PureBuiltin(call, _known);
                    bool list = builtin switch
                    {
                        "tail" => lists.Contains(call.Arguments[0]),
                        "cons" => IsInteger(call.Arguments[0])
                            && (lists.Contains(call.Arguments[1]) || _signature.ExpressionTypes.GetValueOrDefault(call.Arguments[1]) == typeof(FluentList))
                            && UsedAsIntegerList(call, candidates),
                        _ => false,
                    };
                    if (list)
                    {
                        lists.Add(call);
                        changed = true;
                    }
                }
            }

            return lists;
        }

        /// <summary>An integer consed onto a list (a list typed code knows, or a fed candidate's value).</summary>
        private bool IsIntegerCons(CallExpr cons, HashSet<(FunctionInfo, int)> fed) =>
            IsInteger(cons.Arguments[0])
            && (_signature.ExpressionTypes.GetValueOrDefault(cons.Arguments[1]) == typeof(FluentList) || Feeds(cons.Arguments[1], fed));

        private bool IsInteger(BoundExpr expr) => _signature.ExpressionTypes.GetValueOrDefault(expr) == typeof(long);

        private int? ParameterIndex(LocalVariable variable)
        {
            for (int i = 0; i < _function.ParameterCount; i++)
            {
                if (_function.Locals[i] == variable)
                {
                    return i;
                }
            }

            return null;
        }
    }
}
