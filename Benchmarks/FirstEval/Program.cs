using System.Diagnostics;
using System.Globalization;
using FluentAI.Benchmarks.Startup;

// FirstEvalProbe ENGINE: times the first eval of a fresh engine in this fresh process and prints
// "ANSWER MILLISECONDS" (invariant culture), e.g. "42 12.345". Exit code 2 on a usage error.
if (args.Length != 1 || !FirstEvalEngines.All.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: FirstEvalProbe {string.Join("|", FirstEvalEngines.All)}");
    return 2;
}

long start = Stopwatch.GetTimestamp();
long? answer = FirstEvalEngines.Run(args[0]);
TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(answer is long a ? a.ToString(CultureInfo.InvariantCulture) : "none")} {elapsed.TotalMilliseconds:0.000}"));
return 0;
