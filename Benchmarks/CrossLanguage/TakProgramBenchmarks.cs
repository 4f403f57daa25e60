namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>tak(18, 12, 6): Takeuchi's function, deep non-tail recursion with three arguments (Programs/tak.ai).</summary>
public class TakProgramBenchmarks : ProgramBenchmarks
{
    public override string ProgramName => "tak";

    public override long Expected => 7;

    protected override long RunCSharp() => Tak(18, 12, 6);

    protected override long RunFSharp() => FluentAI.Benchmarks.FSharp.Tak.bench();

    private static long Tak(long x, long y, long z) => y < x ? Tak(Tak(x - 1, y, z), Tak(y - 1, z, x), Tak(z - 1, x, y)) : z;
}
