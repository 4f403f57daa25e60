namespace FluentAI.Cli;

/// <summary>
/// The process exit codes of <c>fluentc</c>, defined once here and documented in docs/cli.md
/// (a test keeps the two in sync).
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The program stopped with an uncaught FluentAI runtime error.</summary>
    public const int RuntimeError = 1;

    /// <summary>Bad arguments, an unknown or unavailable engine, or a command that is not available yet.</summary>
    public const int UsageError = 2;

    /// <summary>The source has syntax, binding or naming errors (diagnostics FL00xx to FL04xx, and FL0904).</summary>
    public const int CompileError = 3;

    /// <summary>A source file is missing, is a directory, cannot be read, or is not UTF-8 text (FL0901 to FL0903), or build output cannot be written (FL0905).</summary>
    public const int IoError = 4;

    /// <summary>A bug in fluentc itself (an unexpected .NET exception); see EX_SOFTWARE in sysexits.h.</summary>
    public const int InternalError = 70;
}
