using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Emit;

// Constants that only the sink can materialize (IEmitHost.EmitConstant receives them).

/// <summary>The one closure of a known function (it captures nothing): created once per unit, defined into its global, compared against it in guards.</summary>
public sealed record KnownClosureConstant(string Name, int Arity, EmittedMethod Code)
{
    /// <summary>Whether the function is typed: its code starts with the typed entry, and is pure while that entry's typed path applies.</summary>
    public bool TypedEntry { get; init; }

    public ClosureShape Shape => ClosureShape.For(Arity);
}

/// <summary>An imported module: <c>IModuleRunner.RunOnce</c> runs its forms the first time.</summary>
public sealed record ModuleConstant(ModuleInfo Module);
