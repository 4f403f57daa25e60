namespace FluentAI.Cli;

/// <summary>
/// Standard input as a <see cref="TextReader"/> that asks for <see cref="Console.In"/> only when first read: setting
/// up the console's reader costs milliseconds at startup, and most commands never read standard input.
/// </summary>
internal sealed class DeferredConsoleReader : TextReader
{
    private TextReader? _reader;

    private TextReader Reader => _reader ??= Console.In;

    public override int Peek() => Reader.Peek();

    public override int Read() => Reader.Read();

    public override int Read(char[] buffer, int index, int count) => Reader.Read(buffer, index, count);

    public override int Read(Span<char> buffer) => Reader.Read(buffer);

    public override int ReadBlock(char[] buffer, int index, int count) => Reader.ReadBlock(buffer, index, count);

    public override int ReadBlock(Span<char> buffer) => Reader.ReadBlock(buffer);

    public override string? ReadLine() => Reader.ReadLine();

    public override string ReadToEnd() => Reader.ReadToEnd();
}
