using System.Globalization;

namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>
/// String building: the decimal strings of 0..9999 collected, joined with "," and measured
/// (Programs/string_build.ai).
/// </summary>
public class StringBuildProgramBenchmarks : ProgramBenchmarks
{
    public const int Last = 9999;

    public override string ProgramName => "string_build";

    public override long Expected => 48_889;

    protected override long RunCSharp()
    {
        var parts = new List<string>(Last + 1);
        for (int i = 0; i <= Last; i++)
        {
            parts.Add(i.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(",", parts).Length;
    }

    protected override long RunFSharp() => FluentAI.Benchmarks.FSharp.StringBuild.bench();
}
