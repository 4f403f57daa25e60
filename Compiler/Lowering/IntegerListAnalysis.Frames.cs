using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Lowering;

/// <summary>
/// Where integer lists keep their cells: in the frames of typed code (<see cref="IntegerNode"/>) when no
/// cell has to outlive the call it is passed to, on the heap (<see cref="IntegerCell"/>) otherwise.
/// <para>
/// A list that typed code makes, a cons or a list from elsewhere taken in, can live in the frame of the
/// method that makes it when it is used only until some call returns that cannot keep it: it is the
/// argument of <c>head</c> or <c>empty?</c>, or the list of a <c>tail</c> or <c>cons</c> that is so used
/// in turn, or the argument of a call of a typed function that is <em>not</em> in tail position. That
/// call returns before the maker's frame ends or makes the same list again (a tail call would leave the
/// frame, or loop back and reuse the cell while it is still the list), and it cannot keep the list: an
/// integer list is never a result, a field, a captured variable, or passed to anything but typed code.
/// </para>
/// <para>
/// Functions that pass integer lists to one another must agree on the form, so the choice is made per
/// group of such functions: nodes in frames when every list that every function of the group makes can
/// live in a frame; heap cells otherwise (a loop that conses onto its own parameter, for one).
/// </para>
/// </summary>
public static partial class IntegerListAnalysis
{
    /// <summary>The type of an integer list whose cells live in frames: <c>IntegerNode*</c>.</summary>
    public static Type NodePointer { get; } = typeof(IntegerNode).MakePointerType();

    /// <summary>Whether <paramref name="type"/> is one of the two forms of an integer list in typed code.</summary>
    public static bool IsIntegerList(Type type) => type == typeof(IntegerCell) || type == NodePointer;

    private static bool HasCandidate(FunctionInfo function, HashSet<(FunctionInfo, int)> candidates)
    {
        for (int i = 0; i < function.ParameterCount; i++)
        {
            if (candidates.Contains((function, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The functions whose integer lists live in frames: the groups in which every list made can.</summary>
    private static HashSet<FunctionInfo> InFrames(
        Dictionary<FunctionInfo, Body> bodies, Dictionary<FunctionInfo, HashSet<BoundExpr>> lists, HashSet<(FunctionInfo, int)> candidates)
    {
        var groups = new Dictionary<FunctionInfo, FunctionInfo>();
        foreach (FunctionInfo function in bodies.Keys)
        {
            if (lists[function].Count > 0 || HasCandidate(function, candidates))
            {
                groups[function] = function;
            }
        }

        foreach ((FunctionInfo function, Body body) in bodies)
        {
            foreach ((CallExpr call, FunctionInfo callee) in body.Calls)
            {
                for (int i = 0; i < call.Arguments.Length; i++)
                {
                    if (candidates.Contains((callee, i)))
                    {
                        // A caller that only passes lists from elsewhere (a boxed list, []) joins too: it takes them in.
                        groups.TryAdd(function, function);
                        groups[Root(groups, function)] = Root(groups, callee);
                    }
                }
            }
        }

        var onHeap = new HashSet<FunctionInfo>();
        foreach ((FunctionInfo function, Body body) in bodies)
        {
            if (groups.ContainsKey(function) && !body.AllFit(lists[function], candidates))
            {
                onHeap.Add(Root(groups, function));
            }
        }

        var inFrames = new HashSet<FunctionInfo>();
        foreach (FunctionInfo function in groups.Keys)
        {
            if (!onHeap.Contains(Root(groups, function)))
            {
                inFrames.Add(function);
            }
        }

        return inFrames;
    }

    private static FunctionInfo Root(Dictionary<FunctionInfo, FunctionInfo> groups, FunctionInfo function)
    {
        while (groups[function] != function)
        {
            function = groups[function];
        }

        return function;
    }

    private sealed partial class Body
    {
        private readonly HashSet<CallExpr> _tailCalls = new(ReferenceEqualityComparer.Instance);

        /// <summary>Records the calls in tail position: where the typed emitter may loop, jump, or return the callee's result as its own.</summary>
        private void MarkTail(BoundExpr body)
        {
            foreach (BoundExpr expr in TailPositions.Of(body))
            {
                if (expr is CallExpr call)
                {
                    _tailCalls.Add(call);
                }
            }
        }

        /// <summary>Whether every list this function makes (conses, and lists from elsewhere passed where an integer list goes) can live in its frame.</summary>
        public bool AllFit(HashSet<BoundExpr> lists, HashSet<(FunctionInfo, int)> candidates)
        {
            foreach (BoundExpr expr in _all)
            {
                if (expr is not CallExpr call)
                {
                    continue;
                }

                if (lists.Contains(call) && TypeInference.PureBuiltin(call, _known) == "cons")
                {
                    // The cons, and the list it takes in when its list is not an integer list yet, live as long as it is used.
                    if (CallsInLambdas.Contains(call) || !FitsFrame(call, lists, candidates))
                    {
                        return false;
                    }
                }
                else if (_known.Callee(call) is { } callee && call.Arguments.Length == callee.Function.ParameterCount)
                {
                    for (int i = 0; i < call.Arguments.Length; i++)
                    {
                        BoundExpr argument = call.Arguments[i];
                        if (candidates.Contains((callee.Function, i)) && !lists.Contains(argument) && !IsEmptyList(argument)
                            && (CallsInLambdas.Contains(call) || !FitsFrame(argument, lists, candidates)))
                        {
                            return false; // a list from elsewhere, taken in for this call
                        }
                    }
                }
            }

            return true;
        }

        /// <summary>Whether the list <paramref name="expr"/> is dead once the use it is made for is over, within the frame that makes it.</summary>
        private bool FitsFrame(BoundExpr expr, HashSet<BoundExpr> lists, HashSet<(FunctionInfo, int)> candidates)
        {
            if (!Parents.TryGetValue(expr, out (CallExpr Call, int Index) parent))
            {
                return false;
            }

            return TypeInference.PureBuiltin(parent.Call, _known) switch
            {
                "head" or "empty?" => true,
                "tail" or "cons" => lists.Contains(parent.Call) && FitsFrame(parent.Call, lists, candidates),
                null => _known.Callee(parent.Call) is { } callee
                    && candidates.Contains((callee.Function, parent.Index))
                    && !_tailCalls.Contains(parent.Call),
                _ => false,
            };
        }

        /// <summary>The empty list written out (<c>[]</c>): it enters as null, with nothing to keep.</summary>
        private static bool IsEmptyList(BoundExpr expr) => expr is ListExpr { Items.Length: 0 };
    }
}
