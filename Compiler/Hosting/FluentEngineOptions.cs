using FluentAI.Compiler.Emit.Dynamic;

namespace FluentAI.Compiler.Hosting;

/// <summary>Settings of one <see cref="FluentEngine"/>.</summary>
public sealed class FluentEngineOptions
{
    /// <summary>The execution mode; <see cref="ExecutionMode.Tiered"/> by default.</summary>
    public ExecutionMode Mode { get; set; } = ExecutionMode.Tiered;

    /// <summary>
    /// Where IL compiled in Dynamic mode and by tier-up lives: DynamicMethods (default: cheapest to
    /// create, collectible, no tiered PGO) or, opting in, the long-lived tier (an in-memory assembly the
    /// runtime compiles with tiered PGO, never unloaded: for the hottest, long-lived functions).
    /// </summary>
    public CodeHome CodeHome { get; set; } = CodeHome.DynamicMethods;

    /// <summary>Tiered mode: the number of calls after which a function is compiled to IL.</summary>
    public int TierUpThreshold { get; set; } = 1000;

    /// <summary>Where <c>io:print</c> and top-level results go.</summary>
    public TextWriter Output { get; set; } = Console.Out;

    /// <summary>Where <c>io:read-line</c> reads.</summary>
    public TextReader Input { get; set; } = Console.In;

    /// <summary>Non-tail call depth (default 2,000,000 frames, on the heap) past which a program stops with "Stack overflow: recursion too deep".</summary>
    public int MaxCallDepth { get; set; } = 2_000_000;
}
