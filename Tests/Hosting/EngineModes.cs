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

    /// <summary>
    /// Evaluates <paramref name="definitions"/> in a fresh engine of every mode, then <paramref name="call"/> three times:
    /// it must raise the same error everywhere (the first line of the report: message and position; trace depth may
    /// differ between modes, as for every program, see CorpusThroughCliTests).
    /// </summary>
    public static void AssertTheSameErrorInEveryMode(string definitions, string call)
    {
        string? expected = null;
        foreach (string mode in All)
        {
            FluentEngine engine = New(mode);
            engine.Eval(definitions, "test.ai");
            for (int i = 0; i < 3; i++)
            {
                var error = Assert.ThrowsExactly<FluentRuntimeException>(() => engine.Eval(call, "call.ai"), $"{mode}, call {i + 1}");
                string firstLine = error.Format().Split('\n')[0];
                expected ??= firstLine;
                Assert.AreEqual(expected, firstLine, $"{mode}, call {i + 1}");
            }
        }
    }

    /// <summary>Evaluates <paramref name="definitions"/> in a fresh engine of every mode, then <paramref name="call"/> three times: each value must display as <paramref name="expected"/>.</summary>
    public static void AssertTheSameValueInEveryMode(string definitions, string call, string expected)
    {
        foreach (string mode in All)
        {
            FluentEngine engine = New(mode);
            engine.Eval(definitions);
            for (int i = 0; i < 3; i++)
            {
                Assert.AreEqual(expected, FluentAI.Runtime.Printing.Printer.Display(engine.Eval(call)), $"{mode}, call {i + 1}");
            }
        }
    }
}
