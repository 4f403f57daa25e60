using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// The methods of one compiled unit: one closure-code method per top-level form, in order, and the methods of its known functions.
/// <paramref name="Definitions"/> gives, per form, the known function the form does nothing but define (its method only stores
/// the function's closure in its global), or null: a sink may do that store itself instead of running the method.
/// </summary>
public sealed record EmittedUnit(IReadOnlyList<EmittedMethod> Forms, IReadOnlyList<EmittedFunction> Functions, IReadOnlyList<EmittedFunction?> Definitions);

/// <summary>A known function of the unit: its closure code, and its typed method when it has a typed signature.</summary>
public sealed record EmittedFunction(KnownFunction Function, EmittedMethod Code, KnownClosureConstant Closure, TypedSignature? Signature, EmittedMethod? TypedCode);

/// <summary>
/// IR -> IL for one compilation unit (a program, a module, or one <c>Eval</c>), written once against
/// <see cref="IEmitHost"/> and <see cref="IILWriter"/> so every sink shares it. Runs the lowering
/// passes (constant folding, known functions, type inference, closure conversion), declares the
/// methods of known functions first so calls can reach them directly, then emits every function
/// body, lambdas included.
/// </summary>
public sealed class UnitEmitter
{
    private readonly Dictionary<FunctionInfo, EmittedMethod> _code = [];
    private readonly Dictionary<FunctionInfo, EmittedMethod> _typedCode = [];
    private readonly Dictionary<FunctionInfo, EmittedMethod> _boxedCode = [];
    private readonly Dictionary<FunctionInfo, KnownClosureConstant> _knownClosures = [];
    // Of a class, not a tuple: a Queue of tuples has no precompiled (ReadyToRun) code and would be JIT-compiled at every start.
    private readonly Queue<PendingBody> _pending = new();

    /// <summary>What a pending method holds: closure code, a typed method, or the separate boxed body of a typed function.</summary>
    private enum BodyKind
    {
        Closure,
        Typed,
        Boxed,
    }

    private UnitEmitter(IEmitHost host, KnownFunctions known, IReadOnlyDictionary<FunctionInfo, TypedSignature> typed, IReadOnlySet<LocalVariable> boxed)
    {
        Host = host;
        Known = known;
        Typed = typed;
        Boxed = boxed;
    }

    public IEmitHost Host { get; }

    public KnownFunctions Known { get; }

    public IReadOnlyDictionary<FunctionInfo, TypedSignature> Typed { get; }

    public IReadOnlySet<LocalVariable> Boxed { get; }

    /// <summary>The builtin guard of the engine the unit's globals belong to (null: the process-wide flag).</summary>
    public Runtime.Compiled.BuiltinGuard? Guard { get; private init; }

    /// <summary>Emits every form of the unit; the forms' methods take a <c>Closure0</c> and return the form's value.</summary>
    public static EmittedUnit Emit(IEmitHost host, IReadOnlyList<TopLevelForm> forms) => Emit(host, forms, [], []);

    /// <summary>
    /// Emits the unit; calls of <paramref name="imported"/> functions (known functions of units emitted
    /// before, in the same sink) whose globals this unit imports go to their closure code directly,
    /// guarded like calls of its own known functions. <paramref name="runElsewhere"/> are forms of the
    /// unit that run without being compiled (see <see cref="KnownFunctions.Analyze(IEnumerable{TopLevelForm}, IEnumerable{KnownFunction}, IEnumerable{TopLevelForm})"/>).
    /// </summary>
    public static EmittedUnit Emit(IEmitHost host, IReadOnlyList<TopLevelForm> forms, IReadOnlyList<EmittedFunction> imported, IReadOnlyList<TopLevelForm> runElsewhere)
    {
        IReadOnlyList<TopLevelForm> folded = ConstantFolding.Fold(forms);
        KnownFunctions known = KnownFunctions.Analyze(folded, imported.Select(f => f.Function), runElsewhere);
        var typed = TypeInference.Infer(known);
        var boxed = ClosureConversion.BoxedVariables(folded.Select(f => f.Body));
        var emitter = new UnitEmitter(host, known, typed, boxed) { Guard = GuardFinder.Find(folded) };
        foreach (EmittedFunction function in imported.Where(f => known.IsImported(f.Function)))
        {
            emitter._code[function.Function.Function] = function.Code;
            emitter._knownClosures[function.Function.Function] = function.Closure;
        }

        emitter.DeclareKnownFunctions();

        var methods = new List<EmittedMethod>(folded.Count);
        foreach (TopLevelForm form in folded)
        {
            methods.Add(emitter.Declare(form.Function, form.Body));
        }

        emitter.EmitPending();
        List<EmittedFunction> functions = [.. known.All.Select(f => new EmittedFunction(
            f, emitter._code[f.Function], emitter._knownClosures[f.Function], typed.GetValueOrDefault(f.Function), emitter._typedCode.GetValueOrDefault(f.Function)))];
        List<EmittedFunction?> definitions = [.. folded.Select(form => form.Body is GlobalDefineExpr { Value: LambdaExpr lambda } define
            ? functions.Find(f => f.Function.Function == lambda.Function && f.Function.Cell == define.Cell)
            : null)];
        return new EmittedUnit(methods, functions, definitions);
    }

    /// <summary>The closure code of a function (declared on first use; its body is emitted later).</summary>
    public EmittedMethod CodeOf(FunctionInfo function, BoundExpr body) =>
        _code.TryGetValue(function, out EmittedMethod? method) ? method : Declare(function, body);

    /// <summary>The typed method of a typed known function.</summary>
    public EmittedMethod TypedCodeOf(FunctionInfo function) => _typedCode[function];

    /// <summary>The separate boxed body of a typed known function (<see cref="IEmitHost.SeparatesBoxedBodies"/>), or null when its closure code holds it.</summary>
    public EmittedMethod? BoxedCodeOf(FunctionInfo function) => _boxedCode.GetValueOrDefault(function);

    public KnownClosureConstant KnownClosureOf(KnownFunction function) => _knownClosures[function.Function];

    /// <summary>
    /// The prefix parameters of a typed method (<see cref="IEmitHost.TypedPrefix"/>): only a method whose
    /// typed code reaches a constant takes them (one that builds data values of more than three fields, from
    /// an array through their constructor, or calls one that does; values of fewer fields are built with
    /// <c>newobj</c> and <c>ldsfld</c>). Others keep the plain signature: an unused argument costs a register at every call.
    /// </summary>
    public IReadOnlyList<Type> TypedPrefixOf(FunctionInfo function) =>
        Typed[function].Constructors.Any(known => known.Constructor.Arity > DataValue.InlineFields) ? Host.TypedPrefix : [];

    /// <summary>Pushes the prefix arguments for a direct call of <paramref name="callee"/>'s typed method.</summary>
    public void EmitTypedPrefixArguments(IILWriter il, FunctionInfo callee)
    {
        if (TypedPrefixOf(callee).Count > 0)
        {
            Host.EmitTypedPrefixArguments(il);
        }
    }

    private void DeclareKnownFunctions()
    {
        foreach (KnownFunction function in Known.All)
        {
            EmittedMethod code = Declare(function.Function, function.Lambda.Body);
            _knownClosures[function.Function] = new KnownClosureConstant(function.Function.Name, function.Function.ParameterCount, code)
            {
                TypedEntry = Typed.ContainsKey(function.Function),
            };
            if (Typed.TryGetValue(function.Function, out TypedSignature? signature))
            {
                var parameters = new List<Type>(TypedPrefixOf(function.Function));
                parameters.AddRange(signature.ParameterTypes);
                parameters.Add(typeof(nuint)); // the stack limit (see StackGuard.Limit)
                EmittedMethod typedMethod = Host.DefineMethod(function.Function.Name + "$typed", signature.ReturnType, parameters, out IILWriter writer);
                _typedCode[function.Function] = typedMethod;
                _pending.Enqueue(new PendingBody(function.Function, function.Lambda.Body, writer, BodyKind.Typed));
                if (Host.SeparatesBoxedBodies)
                {
                    ClosureShape shape = ClosureShape.For(function.Function.ParameterCount);
                    EmittedMethod boxed = Host.DefineMethod(function.Function.Name + "$boxed", typeof(object), shape.ParameterTypes, out IILWriter boxedWriter);
                    _boxedCode[function.Function] = boxed;
                    _pending.Enqueue(new PendingBody(function.Function, function.Lambda.Body, boxedWriter, BodyKind.Boxed));
                }
            }
        }
    }

    private EmittedMethod Declare(FunctionInfo function, BoundExpr body)
    {
        ClosureShape shape = ClosureShape.For(function.ParameterCount);
        EmittedMethod method = Host.DefineMethod(function.Name, typeof(object), shape.ParameterTypes, out IILWriter writer);
        _code[function] = method;
        _pending.Enqueue(new PendingBody(function, body, writer, BodyKind.Closure));
        return method;
    }

    /// <summary>A method body declared and waiting to be emitted.</summary>
    private sealed record PendingBody(FunctionInfo Function, BoundExpr Body, IILWriter Writer, BodyKind Kind);

    private void EmitPending()
    {
        while (_pending.TryDequeue(out var work))
        {
            if (work.Kind == BodyKind.Typed)
            {
                new TypedFunctionEmitter(this, work.Function, work.Writer).EmitBody(work.Body);
            }
            else
            {
                new FunctionEmitter(this, work.Function, work.Writer, boxedBody: work.Kind == BodyKind.Boxed).EmitBody(work.Body);
            }
        }
    }

    /// <summary>Finds the builtin guard of the first global the unit mentions.</summary>
    private sealed class GuardFinder : IrWalker
    {
        private Runtime.Compiled.BuiltinGuard? _guard;

        public static Runtime.Compiled.BuiltinGuard? Find(IEnumerable<TopLevelForm> forms)
        {
            var finder = new GuardFinder();
            foreach (TopLevelForm form in forms)
            {
                finder.Visit(form.Body);
                if (finder._guard is not null)
                {
                    break;
                }
            }

            return finder._guard;
        }

        public override void Visit(BoundExpr expr)
        {
            if (_guard is not null)
            {
                return;
            }

            _guard = expr switch
            {
                GlobalLoadExpr load => load.Cell.Guard,
                GlobalDefineExpr define => define.Cell.Guard,
                PrimitiveCallExpr primitive => primitive.Cell.Guard,
                _ => null,
            };
            base.Visit(expr);
        }
    }
}
