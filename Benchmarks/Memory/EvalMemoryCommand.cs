using System.Diagnostics;
using System.Globalization;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Benchmarks.Memory;

/// <summary>
/// <c>dotnet run -c Release --project Benchmarks -- --eval-memory COUNT [vm|dynamic|tiered]</c>: evaluates
/// COUNT distinct small programs on one engine (each defines and calls a function whose body differs,
/// so no code is shared between evaluations) and prints the working set and managed heap before, at
/// each tenth, and after. Generated code must be collectible: the figures stay flat. Each evaluation's
/// answer is checked.
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
        Console.WriteLine($"{count:N0} distinct evaluations, {mode} mode");
        Report("before");
        var clock = Stopwatch.StartNew();
        for (int i = 1; i <= count; i++)
        {
            // A fresh function name and constant each time: a new unit of generated code per evaluation.
            object? result = engine.Eval($"(define (f{i % 1000} x) (+ (* x {i}) 1)) (f{i % 1000} 2)");
            if (result is not long value || value != (2L * i) + 1)
            {
                Console.Error.WriteLine($"evaluation {i}: wrong answer {result}");
                return 1;
            }

            if (i % (count / 10 == 0 ? 1 : count / 10) == 0)
            {
                Report($"after {i:N0} ({clock.Elapsed.TotalSeconds:F0} s)");
            }
        }

        return 0;
    }

    private static void Report(string label)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-28} working set {process.WorkingSet64 / 1048576.0,8:F1} MB   managed heap {GC.GetTotalMemory(false) / 1048576.0,8:F1} MB"));
    }
}
