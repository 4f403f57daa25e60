namespace FluentAI.Compiler.Syntax;

/// <summary>Preboxed small integers: most literals in real programs are small, so their boxes are shared.</summary>
internal static class SmallIntegers
{
    public const long Offset = 128;

    public static readonly object[] Boxes = Build();

    private static object[] Build()
    {
        var boxes = new object[1152];
        for (int i = 0; i < boxes.Length; i++)
        {
            boxes[i] = (long)i - Offset;
        }

        return boxes;
    }
}
