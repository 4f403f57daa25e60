using System.Diagnostics;
using System.Globalization;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Benchmarks.Memory;

/// <summary>
/// <c>dotnet run -c Release --project Benchmarks -- --eval-memory COUNT [vm|dynamic|tiered]</c>: evaluates
/// COUNT distinct small programs on one engine (each defines and calls a function whose body differs,
/// so no code is shared between evaluations) and prints the working set and managed heap before, after
/// the 1,000th and 10,000th evaluations, at each tenth, and after, with the time taken: in all and per
/// evaluation since the previous line. Generated code must be collectible: the figures stay flat. Each
/// evaluation's answer is checked.
/// </summary>
public static class EvalMemoryCommand
{
    public const string Flag = "--eval-memory";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Flag;

    public static int Run(string[] args)
    {
        int count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        ExecutionMode mode = args.Length > 2 ? Enum.Parse<ExecutionMode>(args[2], ignoreCase: true) : ExecutionMode.Dynamic;
        var engine = new FluentEngine(new FluentEngineOptions { Mode = mode, Output = TextWriter.Null });
        Console.WriteLine($"{count:N0} distinct evaluations, {mode} mode, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {NativeMemory.GcMode()}");
        Report("before", 0, TimeSpan.Zero, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        TimeSpan previous = TimeSpan.Zero;
        int previousCount = 0;
        int tenth = Math.Max(1, count / 10);
        for (int i = 1; i <= count; i++)
        {
            // A fresh function name and constant each time: a new unit of generated code per evaluation.
            object? result = engine.Eval($"(define (f{i % 1000} x) (+ (* x {i}) 1)) (f{i % 1000} 2)");
            if (result is not long value || value != (2L * i) + 1)
            {
                Console.Error.WriteLine($"evaluation {i}: wrong answer {result}");
                return 1;
            }

            if (i % tenth == 0 || (i < tenth && i is 1_000 or 10_000))
            {
                clock.Stop(); // the collections Report makes are not counted
                TimeSpan elapsed = clock.Elapsed;
                Report($"after {i:N0}", i - previousCount, elapsed, elapsed - previous);
                previous = elapsed;
                previousCount = i;
                clock.Start();
            }
        }

        TimeSpan total = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total {total.TotalSeconds:F1} s for {count:N0} evaluations (collections for the reports excluded): {total.TotalMilliseconds * 1000 / count:F1} us per evaluation"));
        return 0;
    }

    private static void Report(string label, int evaluations, TimeSpan elapsed, TimeSpan interval)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        string timing = evaluations == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
            $"   {elapsed.TotalSeconds,7:F1} s, {interval.TotalMilliseconds * 1000 / evaluations,7:F1} us/eval since previous");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-18} working set {process.WorkingSet64 / 1048576.0,8:F1} MB   managed heap {GC.GetTotalMemory(false) / 1048576.0,8:F1} MB{timing}"));
        Console.WriteLine($"{"",-18} {NativeMemory.Describe()}");
    }
}
