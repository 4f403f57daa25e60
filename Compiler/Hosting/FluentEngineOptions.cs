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
    public int TierUpThreshold { get; set; } = DefaultTierUpThreshold;

    /// <summary>The default of <see cref="TierUpThreshold"/>.</summary>
    public const int DefaultTierUpThreshold = 1000;

    private TextWriter? _output;
    private TextReader? _input;

    /// <summary>Where <c>io:print</c> and top-level results go; <see cref="Console.Out"/> unless set (looked up when first used).</summary>
    public TextWriter Output
    {
        get => _output ?? Console.Out;
        set => _output = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Where <c>io:read-line</c> reads; <see cref="Console.In"/> unless set (looked up when first used: setting up the console's reader costs milliseconds).</summary>
    public TextReader Input
    {
        get => _input ?? Console.In;
        set => _input = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The output set by the host, or null for the console.</summary>
    internal TextWriter? OutputOrNull => _output;

    /// <summary>The input set by the host, or null for the console.</summary>
    internal TextReader? InputOrNull => _input;

    /// <summary>Non-tail call depth (default 2,000,000 frames, on the heap) past which a program stops with "Stack overflow: recursion too deep".</summary>
    public int MaxCallDepth { get; set; } = 2_000_000;
}
