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

    public static bool IsAvailable(string engine) => engine != Cecil;

    /// <summary>The engine mode of an in-process engine choice.</summary>
    public static ExecutionMode Mode(string engine) => engine switch
    {
        Vm => ExecutionMode.Vm,
        Dynamic => ExecutionMode.Dynamic,
        _ => ExecutionMode.Tiered,
    };
}
