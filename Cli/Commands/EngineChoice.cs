using FluentAI.Compiler.Hosting;

namespace FluentAI.Cli.Commands;

/// <summary>The execution engines <c>--engine</c> names.</summary>
internal static class EngineChoice
{
    public const string Tiered = "tiered";
    public const string Vm = "vm";
    public const string Dynamic = "dynamic";
    public const string Cecil = "cecil";

    public static readonly string[] All = [Tiered, Vm, Dynamic, Cecil];

    /// <summary>The engine mode of an in-process engine choice (cecil runs a built assembly instead: <see cref="CecilEngine"/>).</summary>
    public static ExecutionMode Mode(string engine) => engine switch
    {
        Vm => ExecutionMode.Vm,
        Dynamic => ExecutionMode.Dynamic,
        _ => ExecutionMode.Tiered,
    };
}
