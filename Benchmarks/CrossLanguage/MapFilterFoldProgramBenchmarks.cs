namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>
/// map/filter/fold with closures over 100,000 elements: 1..100000, times a captured k = 3, the even
/// ones kept, summed (Programs/map_filter_fold.ai). Every stage builds a list, as in FluentAI.
/// </summary>
public class MapFilterFoldProgramBenchmarks : ProgramBenchmarks
{
    public const int Count = 100_000;

    public override string ProgramName => "map_filter_fold";

    public override long Expected => 7_500_150_000;

    protected override long RunCSharp()
    {
        long k = 3;
        List<long> xs = [.. Enumerable.Range(1, Count).Select(i => (long)i)];
        List<long> scaled = [.. xs.Select(x => x * k)];
        List<long> even = [.. scaled.Where(x => x % 2 == 0)];
        return even.Aggregate(0L, (acc, x) => acc + x);
    }

    protected override long RunFSharp() => FluentAI.Benchmarks.FSharp.MapFilterFold.bench();
}
