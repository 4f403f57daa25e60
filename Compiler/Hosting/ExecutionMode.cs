namespace FluentAI.Compiler.Hosting;

/// <summary>How a <see cref="FluentEngine"/> executes code.</summary>
public enum ExecutionMode
{
    /// <summary>The bytecode VM: the reference interpreter.</summary>
    Vm,
}
