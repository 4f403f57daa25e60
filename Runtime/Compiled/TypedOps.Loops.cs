using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// This part: what typed code needs for <c>range</c>, <c>mod</c>, and the loops it makes of <c>map</c>,
/// <c>filter</c> and <c>fold</c> over a lambda (the elements read unboxed where they are integers).
/// </summary>
public static partial class TypedOps
{
    /// <summary><c>(mod a b)</c> on integers: the sign of the divisor, as the builtin; a zero divisor leaves typed code.</summary>
    public static long Mod(long a, long b)
    {
        if (b == 0)
        {
            return Exit<long>();
        }

        if (b == -1)
        {
            return 0;
        }

        long r = a % b;
        return r != 0 && (r ^ b) < 0 ? r + b : r;
    }

    /// <summary><c>(range end)</c>: 0 up to <paramref name="end"/>, exclusive.</summary>
    public static FluentList Range(long end) => Range(0, end);

    /// <summary><c>(range start end)</c>; a list too long for one array leaves typed code (the builtin reports it).</summary>
    public static FluentList Range(long start, long end)
    {
        if (end <= start)
        {
            return FluentList.Empty;
        }

        ulong count = (ulong)(end - start);
        return count > (ulong)Array.MaxLength ? Exit<FluentList>() : FluentList.Range(start, 1, (int)count);
    }

    /// <summary>The element a loop stepped to, as an integer; another value leaves typed code.</summary>
    public static long ElementLong(ref FluentList.Enumerator elements) => elements.TryLong(out long value) ? value : Exit<long>();
}
