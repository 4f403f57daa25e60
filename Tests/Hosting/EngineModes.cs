using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// The execution modes the mode-parity tests run every program on: the VM (the reference), Dynamic (IL for everything),
/// and Tiered with thresholds of 1 and 2 calls, so hot functions move to IL after one or two calls.
/// </summary>
internal static class EngineModes
{
    public const string Vm = "vm";
    public const string Dynamic = "dynamic";
    public const string Tiered1 = "tiered-1";
    public const string Tiered2 = "tiered-2";

    public static readonly string[] All = [Vm, Dynamic, Tiered1, Tiered2];

    /// <summary>The modes that run IL: every mode but the VM.</summary>
    public static readonly string[] Compiling = [Dynamic, Tiered1, Tiered2];

    public static FluentEngine New(string mode, TextWriter? output = null, int? maxCallDepth = null)
    {
        var options = new FluentEngineOptions
        {
            Mode = mode switch
            {
                Vm => ExecutionMode.Vm,
                Dynamic => ExecutionMode.Dynamic,
                Tiered1 or Tiered2 => ExecutionMode.Tiered,
                _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
            },
            TierUpThreshold = mode == Tiered2 ? 2 : 1,
            Output = output ?? new StringWriter(),
            Input = new StringReader(""),
        };
        if (maxCallDepth is int depth)
        {
            options.MaxCallDepth = depth;
        }

        return new FluentEngine(options);
    }

    /// <summary>The error an evaluation raises, or a failure naming the mode when it raises none.</summary>
    public static FluentRuntimeException ErrorOf(FluentEngine engine, string mode, string source, string path)
    {
        try
        {
            object? value = engine.Eval(source, path);
            Assert.Fail($"{mode}: expected a runtime error from {source}, got {FluentAI.Runtime.Printing.Printer.Display(value)}");
            throw new InvalidOperationException("unreachable");
        }
        catch (FluentRuntimeException error)
        {
            return error;
        }
    }
}
