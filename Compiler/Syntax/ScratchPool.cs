namespace FluentAI.Compiler.Syntax;

/// <summary>One reusable scratch stack of nodes per thread, so a small parse allocates no growing buffers.</summary>
internal static class ScratchPool
{
    private const int MaxKept = 1 << 16;

    /// <summary>A node in a struct, so that stores into the scratch array skip the covariance check.</summary>
    public struct Slot
    {
        public SyntaxNode Node;
    }

    [ThreadStatic]
    private static Slot[]? t_cached;

    public static Slot[] Rent()
    {
        Slot[]? cached = t_cached;
        if (cached is not null)
        {
            t_cached = null;
            return cached;
        }

        return new Slot[64];
    }

    /// <summary>Returns a buffer whose entries the parser has already cleared.</summary>
    public static void Return(Slot[] buffer)
    {
        if (buffer.Length <= MaxKept)
        {
            t_cached = buffer;
        }
    }
}
