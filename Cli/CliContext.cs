namespace FluentAI.Cli;

/// <summary>The streams one <c>fluentc</c> invocation reads and writes; commands never touch <see cref="Console"/>.</summary>
internal sealed class CliContext(TextReader input, TextWriter output, TextWriter error, bool interactive)
{
    public TextReader In { get; } = input;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Whether a person is typing at a terminal (the REPL then shows its banner and prompts).</summary>
    public bool Interactive { get; } = interactive;

    /// <summary>Writes one line of error output after flushing standard output, so program output comes first.</summary>
    public void WriteError(string line)
    {
        Out.Flush();
        Error.WriteLine(line);
        Error.Flush();
    }
}
