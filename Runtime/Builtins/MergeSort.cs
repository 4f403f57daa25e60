namespace FluentAI.Runtime.Builtins;

/// <summary>A stable bottom-up merge sort that lets comparer exceptions through unchanged.</summary>
internal static class MergeSort
{
    public static void Sort(object?[] items, IComparer<object?> comparer)
    {
        int n = items.Length;
        if (n < 2)
        {
            return;
        }

        var source = items;
        var target = new object?[n];
        for (int width = 1; width < n; width *= 2)
        {
            for (int lo = 0; lo < n; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, n);
                int hi = Math.Min(lo + (2 * width), n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi)
                {
                    // Take from the right only when strictly smaller: equal elements keep their order.
                    target[k++] = comparer.Compare(source[j], source[i]) < 0 ? source[j++] : source[i++];
                }

                while (i < mid)
                {
                    target[k++] = source[i++];
                }

                while (j < hi)
                {
                    target[k++] = source[j++];
                }
            }

            (source, target) = (target, source);
        }

        if (!ReferenceEquals(source, items))
        {
            Array.Copy(source, items, n);
        }
    }
}
