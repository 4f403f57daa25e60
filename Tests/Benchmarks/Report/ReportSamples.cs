using FluentAI.Benchmarks.Report;

namespace FluentAI.Tests.Benchmarks.Report;

/// <summary>Small measurement sets shared by the report tests.</summary>
internal static class ReportSamples
{
    /// <summary>Fib: C# 2 ms, F# 1 ms, Vm 80 ms; Tak: C# 0.5 ms, Vm failed, Jint 50 ms. Given out of the report's engine order.</summary>
    public static Measurement[] TwoPrograms() =>
    [
        new("Fib", "Vm", 80e6),
        new("Fib", "CSharp", 2e6),
        new("Fib", "FSharp", 1e6),
        new("Tak", "CSharp", 0.5e6),
        new("Tak", "Vm", null),
        new("Tak", "Jint", 50e6),
    ];
}
