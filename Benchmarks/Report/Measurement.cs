namespace FluentAI.Benchmarks.Report;

/// <summary>
/// One benchmark's result: the program (a benchmark class, named without its <c>ProgramBenchmarks</c>
/// suffix), the engine (the benchmark method) and its mean time; null when the benchmark failed.
/// </summary>
public sealed record Measurement(string Program, string Engine, double? MeanNanoseconds)
{
    public const string ProgramClassSuffix = "ProgramBenchmarks";

    /// <summary>"FibProgramBenchmarks" -> "Fib"; other class names are kept whole.</summary>
    public static string ProgramNameOf(string benchmarkClass) =>
        benchmarkClass.EndsWith(ProgramClassSuffix, StringComparison.Ordinal) && benchmarkClass.Length > ProgramClassSuffix.Length
            ? benchmarkClass[..^ProgramClassSuffix.Length]
            : benchmarkClass;
}
