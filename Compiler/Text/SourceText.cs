namespace FluentAI.Compiler.Text;

/// <summary>The text of one source file with its path and a line map for span-to-position lookups.</summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string text, string path = "<input>")
    {
        Text = text;
        Path = path;
    }

    public string Text { get; }

    public string Path { get; }

    public int Length => Text.Length;

    public char this[int index] => Text[index];

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public override string ToString() => Text;

    /// <summary>The 1-based line and column of an offset (an offset at the end maps past the last character).</summary>
    public SourceLocation GetLocation(int offset)
    {
        int[] starts = _lineStarts ??= ComputeLineStarts(Text);

        // The last line that starts at or before the offset (by hand: Array.BinarySearch<int> is JIT-compiled at first use).
        int low = 0;
        int high = starts.Length - 1;
        while (low < high)
        {
            int middle = low + ((high - low + 1) / 2);
            if (starts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return new SourceLocation(low + 1, offset - starts[low] + 1);
    }

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        int[] starts = _lineStarts ??= ComputeLineStarts(Text);
        int start = starts[line - 1];
        int end = line < starts.Length ? starts[line] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
