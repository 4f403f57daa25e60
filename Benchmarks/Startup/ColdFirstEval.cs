using System.Globalization;
using FluentAI.Benchmarks.Report;

namespace FluentAI.Benchmarks.Startup;

/// <summary>
/// The true cold first eval: each sample is a fresh <c>FirstEvalProbe</c> process that times, with a
/// Stopwatch, the creation of one engine and its first eval (<see cref="FirstEvalEngines"/>): loading
/// the engine's assemblies, JIT-compiling its code, running. Process startup is not in the number.
/// </summary>
/// <remarks>
/// Engines take turns (a round of every engine, then the next round), so a burst of load on the shared
/// machine spreads over all of them; one unrecorded round first puts the files in the OS cache, so the
/// samples are cold processes, not cold disks.
/// </remarks>
public static class ColdFirstEval
{
    /// <summary>Times <paramref name="runs"/> fresh processes per engine; <paramref name="log"/> sees one line per sample.</summary>
    /// <exception cref="InvalidOperationException">A probe failed or gave a wrong answer.</exception>
    public static IReadOnlyList<ColdTiming> Measure(IReadOnlyList<string> engines, int runs, TextWriter? log = null)
    {
        Dictionary<string, List<double>> samples = engines.ToDictionary(e => e, _ => new List<double>());
        for (int round = -1; round < runs; round++)
        {
            foreach (string engine in engines)
            {
                double milliseconds = RunOnce(engine);
                if (round >= 0)
                {
                    samples[engine].Add(milliseconds);
                    log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold first eval {engine} #{round + 1}: {milliseconds:0.0} ms"));
                }
            }
        }

        return [.. engines.Select(e => new ColdTiming(e, samples[e]))];
    }

    /// <summary>One fresh probe process: the milliseconds its first eval took.</summary>
    /// <exception cref="InvalidOperationException">The probe failed or gave a wrong answer.</exception>
    public static double RunOnce(string engine)
    {
        ProcessOutput output = BuiltExecutable.FirstEvalProbe.Run(engine);
        if (output.ExitCode != 0)
        {
            throw new InvalidOperationException($"FirstEvalProbe {engine} exited with {output.ExitCode}: {output.StandardError}");
        }

        return ParseProbeOutput(engine, output.Output);
    }

    /// <summary>The milliseconds of a probe's output "ANSWER MILLISECONDS", once the answer is checked.</summary>
    /// <exception cref="InvalidOperationException">Not that shape, or a wrong answer.</exception>
    public static double ParseProbeOutput(string engine, string output)
    {
        string[] parts = output.Trim().Split(' ');
        if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double milliseconds))
        {
            throw new InvalidOperationException($"FirstEvalProbe {engine}: expected \"ANSWER MILLISECONDS\", got \"{output.Trim()}\"");
        }

        string expected = FirstEvalEngines.Expected.ToString(CultureInfo.InvariantCulture);
        return parts[0] == expected
            ? milliseconds
            : throw new InvalidOperationException($"FirstEvalProbe {engine}: expected the answer {expected}, got {parts[0]}");
    }
}
