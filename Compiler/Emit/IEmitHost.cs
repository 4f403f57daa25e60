namespace FluentAI.Compiler.Emit;

/// <summary>
/// What differs between the IL sinks, beyond writing instructions: where methods live, how a method
/// reaches the unit's constants (an array behind the closure for DynamicMethods, static fields in an
/// assembly), and how code delegates are made.
/// </summary>
public interface IEmitHost
{
    /// <summary>Parameters that typed methods reaching constants take before their FluentAI parameters (DynamicMethods: the constants array; see <see cref="UnitEmitter.TypedPrefixOf"/>).</summary>
    IReadOnlyList<Type> TypedPrefix { get; }

    /// <summary>Creates a method and the writer of its body (<paramref name="parameterTypes"/> include the prefix or closure parameter).</summary>
    EmittedMethod DefineMethod(string name, Type returnType, IReadOnlyList<Type> parameterTypes, out IILWriter writer);

    /// <summary>Runs first in every method body: set up access to the constants.</summary>
    /// <param name="typed">A typed method (its first arguments are <see cref="TypedPrefix"/>) rather than closure code (argument 0 the closure).</param>
    void BeginBody(IILWriter il, bool typed);

    /// <summary>Pushes a constant of the unit as <paramref name="type"/>: global slots, source sites, data constructors, BigIntegers, known closures, modules, string arrays.</summary>
    void EmitConstant(IILWriter il, object value, Type type);

    /// <summary>Pushes the constants array that closures created here carry (null when the sink needs none).</summary>
    void EmitConstantsArray(IILWriter il);

    /// <summary>Pushes a delegate of <paramref name="delegateType"/> over a generated method.</summary>
    void EmitCodeDelegate(IILWriter il, EmittedMethod method, Type delegateType);

    /// <summary>Pushes the <see cref="TypedPrefix"/> arguments for a direct call of a typed method.</summary>
    void EmitTypedPrefixArguments(IILWriter il);

    /// <summary>
    /// Whether the boxed body of a typed function gets a method of its own (<c>f$boxed</c>), which the
    /// entry tail-calls when the typed path does not apply. A sink whose methods are compiled on first
    /// call, fully optimized (DynamicMethods), then compiles that body only if some call needs it: most
    /// calls of a typed function take the typed path, and the boxed body is most of the JIT's work.
    /// </summary>
    bool SeparatesBoxedBodies => false;

    /// <summary>
    /// Whether typed code inlines its non-tail calls of small loops (<c>TypedFunctionEmitter.EmitLoopInlined</c>).
    /// The JIT inlines such calls itself in tiered code with profile data (an assembly); a sink whose
    /// methods get no profile data (DynamicMethods) has the emitter do it. Done in a tiered assembly, it
    /// made nqueens slower (Cecil 0.090 ms to 0.110 ms): the JIT's own inlining lays the code out better.
    /// </summary>
    bool InlinesLoopCalls => false;

    /// <summary>
    /// Whether a host may call this sink's code in a tentative run on its own thread (<c>FluentEngine.Call</c>;
    /// see <see cref="Runtime.StackGuard.BeginTentative"/>): then a typed entry, on its way into boxed code,
    /// calls <see cref="Runtime.StackGuard.LeaveTypedCode"/> while any thread is in such a run.
    /// </summary>
    bool RunsTentatively => false;
}
