using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Lowering;

/// <summary>
/// Finds the known functions whose code can run typed: integer and boolean code on <c>long</c> and
/// <c>bool</c> locals, lists and other values as <c>object</c>. Typed code is made of integer, boolean,
/// nil and string literals, parameters and <c>let</c> locals, the operators <c>+ - * &lt; &gt; &lt;= &gt;= = !=</c>,
/// <c>if</c>/<c>and</c>/<c>or</c>/<c>let</c>/<c>do</c>, the pure builtins <c>head tail empty? cons
/// length not to-string string-join string-length</c>, and calls to typed functions (recursion included): it is pure. A parameter is
/// <c>long</c> unless the body uses it as a list or passes it where a non-integer goes; then <c>object</c>.
/// Where a value does not have the type the code expects (an overflow, a float where an integer was
/// expected, the head of an empty list) the typed code is left and the call reruns on boxed values,
/// which gives the exact result or error. The result types are a least fixed point over the unit's call graph.
/// </summary>
public static class TypeInference
{
    /// <summary>The list type: a local or result known to be a list holds a <see cref="FluentList"/>, tested once.</summary>
    private static readonly Type List = typeof(FluentList);

    /// <summary>No type yet: a call whose callee's result is still being inferred.</summary>
    private static readonly Type Bottom = typeof(void);

    // The builtin tables are switches, not dictionaries keyed by (name, arity): a Dictionary over a
    // ValueTuple key is a generic instantiation no precompiled image holds, JIT-compiled at the first
    // Dynamic eval of every process.

    /// <summary>The pure builtins typed code calls (lists, <c>not</c>, <c>to-string</c>, <c>string-join</c>, <c>string-length</c>), by name and argument count: their result types, else null.</summary>
    private static Type? PureBuiltinType(string name, int arity) => (name, arity) switch
    {
        ("head", 1) => typeof(object),
        ("tail", 1) => typeof(FluentList),
        ("empty?", 1) => typeof(bool),
        ("length", 1) => typeof(long),
        ("cons", 2) => typeof(FluentList),
        ("not", 1) => typeof(bool),
        ("to-string", 1) => typeof(object),
        ("string-join", 2) => typeof(object),
        ("string-length", 1) => typeof(long),
        _ => null,
    };

    /// <summary>The builtin a call of typed code reaches, if it is one of <see cref="PureBuiltinType"/>'s: its name, else null.</summary>
    public static string? PureBuiltin(CallExpr call, KnownFunctions known) => BuiltinIn(PureBuiltinType, call, known);

    /// <summary>The builtins on integers typed code calls (<c>mod</c>, <c>range</c>), by name and argument count: their result types, else null.</summary>
    private static Type? IntegerBuiltinType(string name, int arity) => (name, arity) switch
    {
        ("mod", 2) => typeof(long),
        ("range", 1 or 2) => typeof(FluentList),
        _ => null,
    };

    /// <summary>The builtin a call of typed code reaches, if it is one of <see cref="IntegerBuiltinType"/>'s: its name, else null.</summary>
    public static string? IntegerBuiltin(CallExpr call, KnownFunctions known) => BuiltinIn(IntegerBuiltinType, call, known);

    /// <summary>The builtin a call reaches (its global not redefined in the unit), if <paramref name="table"/> types it with that many arguments.</summary>
    private static string? BuiltinIn(Func<string, int, Type?> table, CallExpr call, KnownFunctions known) =>
        known.Callee(call) is null
        && call.Callee is GlobalLoadExpr { Cell.Builtin: FluentAI.Runtime.Values.BuiltinFunction builtin }
        && table(builtin.BuiltinName, call.Arguments.Length) is not null
            ? builtin.BuiltinName
            : null;

    /// <summary>
    /// <c>(map f xs)</c>, <c>(filter f xs)</c> or <c>(fold f init xs)</c> where <c>f</c> is a lambda
    /// written there (one parameter, two for fold): typed code runs it as a loop with the lambda's body
    /// inline. Its name and the lambda, else null.
    /// </summary>
    public static (string Name, LambdaExpr Lambda)? Loop(CallExpr call, KnownFunctions known) =>
        known.Callee(call) is null
        && call.Callee is GlobalLoadExpr { Cell.Builtin: FluentAI.Runtime.Values.BuiltinFunction { BuiltinName: "map" or "filter" or "fold" } builtin }
        && call.Arguments.Length == (builtin.BuiltinName == "fold" ? 3 : 2)
        && call.Arguments[0] is LambdaExpr lambda
        && lambda.Function.ParameterCount == (builtin.BuiltinName == "fold" ? 2 : 1)
            ? (builtin.BuiltinName, lambda)
            : null;

    /// <summary>The builtin <c>+</c> or <c>*</c> with three or more arguments (two-argument operators are primitives): its name, else null.</summary>
    public static string? ArithmeticBuiltin(CallExpr call, KnownFunctions known) =>
        known.Callee(call) is null && call.Arguments.Length >= 3
        && call.Callee is GlobalLoadExpr { Cell.Builtin: FluentAI.Runtime.Values.BuiltinFunction { BuiltinName: "+" or "*" } builtin }
            ? builtin.BuiltinName
            : null;

    /// <summary>
    /// <paramref name="count"/> times <c>long</c>, filled by hand: <c>Enumerable.Repeat(...).ToArray()</c> fills with a
    /// generic span helper that no precompiled image holds (JIT-compiled at a fresh process's first Dynamic eval).
    /// </summary>
    private static Type[] IntegerParameters(int count)
    {
        var types = new Type[count];
        for (int i = 0; i < types.Length; i++)
        {
            types[i] = typeof(long);
        }

        return types;
    }

    public static IReadOnlyDictionary<FunctionInfo, TypedSignature> Infer(KnownFunctions known)
    {
        var candidates = new Dictionary<FunctionInfo, KnownFunction>();
        var parameters = new Dictionary<FunctionInfo, Type[]>();
        foreach (KnownFunction function in known.All)
        {
            candidates[function.Function] = function;
            parameters[function.Function] = IntegerParameters(function.Function.ParameterCount);
        }

        var results = new Dictionary<FunctionInfo, Type>();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (KnownFunction function in candidates.Values.ToList())
            {
                var checker = new Checker(function.Function, known, candidates, results, parameters, types: null);
                Type? type = checker.Infer(function.Lambda.Body);
                if (checker.Demoted)
                {
                    changed = true; // a parameter became object: check again with the new signatures
                }
                else if (type is null)
                {
                    candidates.Remove(function.Function);
                    results.Remove(function.Function);
                    changed = true;
                }
                else if (type != Bottom && Widen(results.GetValueOrDefault(function.Function), type) is var widened
                    && results.GetValueOrDefault(function.Function) != widened)
                {
                    results[function.Function] = widened;
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
            Type[] parameterTypes = parameters[function];
            var types = new Dictionary<BoundExpr, Type>(ReferenceEqualityComparer.Instance);
            var checker = new Checker(function, known, candidates, results, parameters, types);
            checker.Infer(candidates[function].Lambda.Body);
            List<KnownFunction> dependencies = Dependencies(candidates[function], known);
            signatures[function] = new TypedSignature(
                function, parameterTypes, type, dependencies, types, Constructors(dependencies, known), checker.LocalTypes);
        }

        return AccumulatorAnalysis.Apply(IntegerListAnalysis.Apply(signatures, known), known);
    }

    /// <summary>A result type only widens (to <c>object</c>), so the fixed point is reached.</summary>
    private static Type Widen(Type? previous, Type next) => previous is null || previous == next ? next : typeof(object);

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

    private static List<KnownConstructor> Constructors(List<KnownFunction> functions, KnownFunctions known)
    {
        var constructors = new List<KnownConstructor>();
        foreach (KnownFunction function in functions)
        {
            foreach (KnownConstructor constructor in CalleeCollector.Walk(function.Lambda.Body, known).Constructors)
            {
                if (!constructors.Contains(constructor))
                {
                    constructors.Add(constructor);
                }
            }
        }

        return constructors;
    }

    private sealed class CalleeCollector(KnownFunctions known) : IrWalker
    {
        private readonly List<KnownFunction> _callees = [];

        public List<KnownConstructor> Constructors { get; } = [];

        public static List<KnownFunction> Collect(BoundExpr body, KnownFunctions known) => Walk(body, known)._callees;

        public static CalleeCollector Walk(BoundExpr body, KnownFunctions known)
        {
            var collector = new CalleeCollector(known);
            collector.Visit(body);
            return collector;
        }

        public override void Visit(BoundExpr expr)
        {
            if (expr is CallExpr call && known.Callee(call) is { } callee && !_callees.Contains(callee))
            {
                _callees.Add(callee);
            }
            else if (expr is CallExpr constructorCall && known.Constructor(constructorCall) is { } constructor && !Constructors.Contains(constructor))
            {
                Constructors.Add(constructor);
            }

            base.Visit(expr);
        }
    }

    /// <summary>Types one body; null when it is not typed code. Records each expression's type when asked.</summary>
    private sealed class Checker(
        FunctionInfo function,
        KnownFunctions known,
        Dictionary<FunctionInfo, KnownFunction> candidates,
        Dictionary<FunctionInfo, Type> results,
        Dictionary<FunctionInfo, Type[]> parameters,
        Dictionary<BoundExpr, Type>? types)
    {
        private readonly Dictionary<LocalVariable, Type> _locals = [];

        /// <summary>The function and the lambdas its typed code runs as loops: the owners of the locals typed code may bind.</summary>
        private readonly HashSet<FunctionInfo> _owners = [function];

        /// <summary>The parameters of the lambdas run as loops, with the types their bodies were typed with, and the <c>let</c> locals unboxed where they are bound.</summary>
        public Dictionary<LocalVariable, Type> LocalTypes { get; } = [];

        /// <summary>A parameter (of this function or of a callee) became <c>object</c>: the check must be repeated.</summary>
        public bool Demoted { get; private set; }

        public Type? Infer(BoundExpr body)
        {
            // A variable captured by a lambda is a local like any other here: a lambda in typed code is
            // one run as a loop, inline (any other lambda is not typed code).
            for (int i = 0; i < function.ParameterCount; i++)
            {
                _locals[function.Locals[i]] = parameters[function][i];
            }

            return Type(body);
        }

        private Type? Type(BoundExpr expr)
        {
            Type? type = expr switch
            {
                ConstantExpr { Value: long } => typeof(long),
                ConstantExpr { Value: bool } => typeof(bool),
                ConstantExpr { Value: null or string } => typeof(object),
                ListExpr list => Items(list),
                LocalLoadExpr load => _locals.GetValueOrDefault(load.Variable),
                PrimitiveCallExpr primitive => Primitive(primitive),
                IfExpr @if => If(@if),
                AndExpr and => Logical(and.Operands),
                OrExpr or => Logical(or.Operands),
                LetExpr let => Let(let),
                SequenceExpr { Body.Length: > 0 } sequence => Sequence(sequence),
                CallExpr call => Call(call),
                MatchExpr match => Match(match),
                _ => null,
            };
            if (type is not null && types is not null)
            {
                types[expr] = type;
            }

            return type;
        }

        private Type? Primitive(PrimitiveCallExpr primitive)
        {
            Type? left = Type(primitive.Left);
            Type? right = Type(primitive.Right);
            if (left is null || right is null)
            {
                return null;
            }

            if (primitive.Op is PrimitiveOp.Equal or PrimitiveOp.NotEqual)
            {
                return typeof(bool); // any two values: unboxed when both are integers or both booleans
            }

            if (!Numeric(left) || !Numeric(right))
            {
                return null;
            }

            return primitive.Op is PrimitiveOp.Add or PrimitiveOp.Subtract or PrimitiveOp.Multiply ? typeof(long) : typeof(bool);
        }

        /// <summary>A list literal: its items as objects.</summary>
        private Type? Items(ListExpr list)
        {
            foreach (BoundExpr item in list.Items)
            {
                if (Type(item) is null)
                {
                    return null;
                }
            }

            return List;
        }

        /// <summary>An operand of arithmetic: an integer, or an object the code unboxes (leaving typed code if it is not one).</summary>
        private static bool Numeric(Type type) => type == typeof(long) || type == Bottom || type == typeof(object);

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
            for (int i = 0; i < let.Bindings.Length; i++)
            {
                LetBinding binding = let.Bindings[i];
                Type? type = Type(binding.Value);
                if (type is null || type == Bottom)
                {
                    return null;
                }

                if (type == typeof(object) && UsedOnlyAsOperands(let, i))
                {
                    type = typeof(long); // unboxed once where it is bound
                    LocalTypes[binding.Variable] = type;
                }

                _locals[binding.Variable] = type;
            }

            return Type(let.Body);
        }

        /// <summary>Whether the local of binding <paramref name="index"/> is used, in the later bindings and the body, only as an operator's operand (<see cref="NumericUses"/>).</summary>
        private bool UsedOnlyAsOperands(LetExpr let, int index)
        {
            var scope = new List<BoundExpr>();
            for (int i = index + 1; i < let.Bindings.Length; i++)
            {
                scope.Add(let.Bindings[i].Value);
            }

            scope.Add(let.Body);
            return NumericUses.OnlyAsOperands(let.Bindings[index].Variable, new SequenceExpr(let.Span, [.. scope]), minimum: 2, known);
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
            if (PureBuiltin(call, known) is { } builtin)
            {
                return Builtin(call, builtin);
            }

            if (known.Callee(call) is null && known.Constructor(call) is not null)
            {
                // A data value: its fields are any values (integers and booleans boxed).
                foreach (BoundExpr argument in call.Arguments)
                {
                    if (Type(argument) is null)
                    {
                        return null;
                    }
                }

                return typeof(object);
            }

            if (IntegerBuiltin(call, known) is { } integer)
            {
                foreach (BoundExpr argument in call.Arguments)
                {
                    if (Type(argument) is not { } type || !Numeric(type))
                    {
                        return null;
                    }
                }

                return IntegerBuiltinType(integer, call.Arguments.Length);
            }

            if (Loop(call, known) is { } loop)
            {
                return LoopCall(call, loop.Name, loop.Lambda);
            }

            if (ArithmeticBuiltin(call, known) is not null)
            {
                foreach (BoundExpr argument in call.Arguments)
                {
                    if (Type(argument) is not { } type || !Numeric(type))
                    {
                        return null;
                    }
                }

                return typeof(long);
            }

            if (known.Callee(call) is not { } callee || !candidates.ContainsKey(callee.Function)
                || call.Arguments.Length != callee.Function.ParameterCount)
            {
                return null;
            }

            Type[] expected = parameters[callee.Function];
            for (int i = 0; i < call.Arguments.Length; i++)
            {
                Type? type = Type(call.Arguments[i]);
                if (type is null)
                {
                    return null;
                }

                if (expected[i] == typeof(long) && (type == typeof(bool) || type == List))
                {
                    Demote(callee.Function, i, type == List ? List : typeof(object)); // a list, or a boolean: any value
                }
                else if (expected[i] == List && type == typeof(bool))
                {
                    Demote(callee.Function, i, typeof(object));
                }
                else if (expected[i] != typeof(long) && type == typeof(long)
                    && call.Arguments[i] is LocalLoadExpr load && Parameter(load.Variable) is int index)
                {
                    Demote(function, index, expected[i]); // passed on where a list or any value goes
                }
                else if (expected[i] == List && type == typeof(long))
                {
                    Demote(callee.Function, i, typeof(object));
                }
            }

            return results.GetValueOrDefault(callee.Function) ?? Bottom;
        }

        /// <summary>
        /// A loop over a list: the lambda's element parameter is typed <c>long</c> if its body types so (an
        /// element that is not an integer then leaves typed code), else <c>object</c>; fold's accumulator
        /// is <c>long</c> when the initial value and the body are integers, else <c>object</c>.
        /// </summary>
        private Type? LoopCall(CallExpr call, string name, LambdaExpr lambda)
        {
            BoundExpr items = call.Arguments[^1];
            Type? accumulator = name == "fold" ? Type(call.Arguments[1]) : null;
            if ((name == "fold" && accumulator is null) || Type(items) is not { } listType)
            {
                return null;
            }

            if (listType != List && listType != typeof(object) && listType != Bottom)
            {
                if (items is LocalLoadExpr load && Parameter(load.Variable) is int index)
                {
                    Demote(function, index, List);
                }
                else
                {
                    return null;
                }
            }

            _owners.Add(lambda.Function);
            LocalVariable element = lambda.Function.Locals[name == "fold" ? 1 : 0];
            Type[] accumulators = name != "fold" ? [typeof(object)]
                : accumulator == typeof(long) || accumulator == Bottom ? [typeof(long), typeof(object)] : [typeof(object)];
            foreach (Type acc in accumulators)
            {
                foreach (Type elementType in new[] { typeof(long), typeof(object) })
                {
                    _locals[element] = elementType;
                    if (name == "fold")
                    {
                        _locals[lambda.Function.Locals[0]] = acc;
                    }

                    Type? body = Type(lambda.Body);
                    if (body is null || (name == "fold" && acc == typeof(long) && body != typeof(long) && body != Bottom))
                    {
                        continue;
                    }

                    LocalTypes[element] = elementType;
                    if (name == "fold")
                    {
                        LocalTypes[lambda.Function.Locals[0]] = acc;
                        return acc;
                    }

                    return List;
                }
            }

            return null;
        }

        private Type? Builtin(CallExpr call, string name)
        {
            for (int i = 0; i < call.Arguments.Length; i++)
            {
                Type? type = Type(call.Arguments[i]);
                if (type is null)
                {
                    return null;
                }

                bool listPosition = name is not ("not" or "to-string") && !(name == "cons" && i == 0);
                if (listPosition && type != typeof(object) && type != List)
                {
                    // A parameter used as a list holds a list; anything else typed here is never a list.
                    if (call.Arguments[i] is LocalLoadExpr load && Parameter(load.Variable) is int index)
                    {
                        Demote(function, index, List);
                    }
                    else if (type != Bottom)
                    {
                        return null;
                    }
                }
            }

            return PureBuiltinType(name, call.Arguments.Length);
        }

        /// <summary><c>match</c> with constructor, literal, variable and wildcard patterns; no clause matching leaves typed code.</summary>
        private Type? Match(MatchExpr match)
        {
            if (Type(match.Scrutinee) is not { } scrutinee || !Bind(match.Temp))
            {
                return null;
            }

            if (scrutinee != typeof(object) && match.Clauses.Any(c => c.Pattern is ConstructorPattern)
                && match.Scrutinee is LocalLoadExpr load && Parameter(load.Variable) is int index)
            {
                Demote(function, index, typeof(object)); // matched against constructors: the parameter holds any value
            }

            Type? result = Bottom;
            foreach (MatchClause clause in match.Clauses)
            {
                if (!Pattern(clause.Pattern))
                {
                    return null;
                }

                if (clause.Pattern is ConstructorPattern constructor)
                {
                    UnboxIntegerFields(constructor, clause.Body);
                }

                result = Join(result, Type(clause.Body));
            }

            return result;
        }

        /// <summary>The fields a constructor pattern binds to variables that the clause uses only as integer operands: read unboxed where they are bound.</summary>
        private void UnboxIntegerFields(ConstructorPattern constructor, BoundExpr body)
        {
            foreach (BoundPattern argument in constructor.Arguments)
            {
                if (argument is VariablePattern variable && NumericUses.OnlyAsOperands(variable.Variable, body, minimum: 1, known))
                {
                    _locals[variable.Variable] = typeof(long);
                    LocalTypes[variable.Variable] = typeof(long);
                }
            }
        }

        private bool Pattern(BoundPattern pattern) => pattern switch
        {
            WildcardPattern => true,
            VariablePattern variable => Bind(variable.Variable),
            LiteralPattern { Value: long or bool or string } => true,
            ConstructorPattern ctor => ctor.Temps.All(Bind) && ctor.Arguments.All(Pattern),
            _ => false,
        };

        /// <summary>A local of the match that holds an object: it must be this function's own, not captured.</summary>
        private bool Bind(LocalVariable variable)
        {
            if (!_owners.Contains(variable.Owner))
            {
                return false;
            }

            _locals[variable] = typeof(object);
            return true;
        }

        private int? Parameter(LocalVariable variable)
        {
            for (int i = 0; i < function.ParameterCount; i++)
            {
                if (function.Locals[i] == variable)
                {
                    return i;
                }
            }

            return null;
        }

        /// <summary>Widens a parameter's type: an integer parameter to <paramref name="to"/>, any two different types to object.</summary>
        private void Demote(FunctionInfo owner, int index, Type to)
        {
            Type current = parameters[owner][index];
            Type widened = current == typeof(long) ? to : current == to ? current : typeof(object);
            if (widened != current)
            {
                parameters[owner][index] = widened;
                Demoted = true;
            }
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

            return b == Bottom || a == b ? a : typeof(object);
        }

        private static bool IsBoolOrBottom(Type type) => type == typeof(bool) || type == Bottom;
    }
}
