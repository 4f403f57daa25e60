namespace FluentAI.Benchmarks.Startup;

/// <summary>What a finished child process left: its exit code and everything it wrote.</summary>
public sealed record ProcessOutput(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Standard output with the platform's line endings made "\n".</summary>
    public string Output => StandardOutput.ReplaceLineEndings("\n");

    /// <summary>Returns <see cref="Output"/> when the process exited with 0 and wrote exactly <paramref name="expected"/>; throws otherwise.</summary>
    /// <exception cref="InvalidOperationException">A non-zero exit code or other output.</exception>
    public string Expect(string what, string expected)
    {
        if (ExitCode != 0 || Output != expected)
        {
            throw new InvalidOperationException(
                $"{what}: expected exit code 0 and output {Quote(expected)}, got exit code {ExitCode}, output {Quote(Output)}"
                + (StandardError.Length == 0 ? "" : $", error output {Quote(StandardError)}"));
        }

        return Output;
    }

    private static string Quote(string text) => "\"" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
