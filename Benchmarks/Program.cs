using BenchmarkDotNet.Running;
using FluentAI.Benchmarks.Memory;
using FluentAI.Benchmarks.Report;

if (EvalMemoryCommand.IsRequested(args))
{
    return EvalMemoryCommand.Run(args);
}

if (ReportOptions.IsReport(args))
{
    return ReportCommand.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
