namespace FluentAI.Tests.Cli;

/// <summary>The result of one in-process <c>fluentc</c> invocation.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);
