namespace FluentAI.Compiler.Syntax;

/// <summary>One reusable scratch stack of nodes per thread, so a small parse allocates no growing buffers.</summary>
internal static class ScratchPool
{
    private const int MaxKept = 1 << 16;

    [ThreadStatic]
    private static SyntaxNode[]? t_cached;

    public static SyntaxNode[] Rent()
    {
        SyntaxNode[]? cached = t_cached;
        if (cached is not null)
        {
            t_cached = null;
            return cached;
        }

        return new SyntaxNode[64];
    }

    /// <summary>Returns a buffer whose entries the parser has already cleared.</summary>
    public static void Return(SyntaxNode[] buffer)
    {
        if (buffer.Length <= MaxKept)
        {
            t_cached = buffer;
        }
    }
}
