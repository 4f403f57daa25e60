namespace FluentAI.Cli.Commands;

/// <summary>The execution engines <c>--engine</c> names; only <see cref="Vm"/> exists today.</summary>
internal static class EngineChoice
{
    public const string Vm = "vm";
    public const string Dynamic = "dynamic";
    public const string Cecil = "cecil";

    public static readonly string[] All = [Vm, Dynamic, Cecil];

    public static bool IsAvailable(string engine) => engine == Vm;
}
