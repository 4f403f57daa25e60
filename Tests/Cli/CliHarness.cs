using FluentAI.Cli;

namespace FluentAI.Tests.Cli;

/// <summary>Runs <c>fluentc</c> in process through <see cref="Program.Run"/>, and makes scratch files for it.</summary>
internal static class CliHarness
{
    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliResult RunWithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Program.Run(args, input, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>A fresh directory under the temp folder, deleted when the returned handle is disposed.</summary>
    public static ScratchDirectory CreateScratch() => new();

    /// <summary>The repository root (the folder holding FluentAI.Compiler.sln), found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FluentAI.Compiler.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FluentAI.Compiler.sln not found above " + AppContext.BaseDirectory);
    }
}
