using BenchmarkDotNet.Running;
using FluentAI.Benchmarks.Report;

if (ReportOptions.IsReport(args))
{
    return ReportCommand.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
