namespace FluentAI.Compiler.Hosting;

/// <summary>How a <see cref="FluentEngine"/> executes code. Every mode gives the same results.</summary>
public enum ExecutionMode
{
    /// <summary>The bytecode VM: the reference interpreter.</summary>
    Vm,

    /// <summary>
    /// Every function is compiled to IL (DynamicMethods) before it runs; so is every top-level form, except
    /// straight-line ones (no lambda), which run once on the VM (see <see cref="StraightLineForm"/>).
    /// </summary>
    Dynamic,

    /// <summary>Forms start on the VM; a function is compiled to IL once it has been called <see cref="FluentEngineOptions.TierUpThreshold"/> times.</summary>
    Tiered,
}
