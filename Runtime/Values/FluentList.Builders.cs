namespace FluentAI.Runtime.Values;

/// <summary>This part: the builders that make lists front to back, as runs.</summary>
public sealed partial class FluentList
{
    /// <summary>
    /// The list of <paramref name="count"/> elements of <paramref name="store"/> from <paramref name="start"/> on:
    /// a run over the array (which the caller never changes there again), or cells for a few elements.
    /// </summary>
    internal static FluentList Run(object?[] store, int start, int count)
    {
        if (count >= RunThreshold)
        {
            return new FluentList(store, start, count);
        }

        FluentList result = Empty;
        for (int i = start + count - 1; i >= start; i--)
        {
            result = new FluentList(store[i], result);
        }

        return result;
    }

    /// <summary>
    /// Builds a list front to back into one <c>object?[]</c>; <see cref="ToList"/> makes a run over it (a
    /// few elements become cells). The added values are kept as they are: a value that is already boxed
    /// is not unboxed into a <c>long[]</c>, which every later read would box again.
    /// </summary>
    public struct Builder
    {
        private object?[]? objects;
        private int count;

        /// <summary>A builder with room for <paramref name="capacity"/> elements (when the final count is known).</summary>
        public Builder(int capacity)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            objects = capacity == 0 ? null : new object?[capacity];
        }

        public readonly int Count => count;

        public void Add(object? item)
        {
            if (objects is null || count == objects.Length)
            {
                Array.Resize(ref objects, Grown(count));
            }

            objects[count++] = item;
        }

        /// <summary>The list of the added items, in order; the builder is empty again.</summary>
        public FluentList ToList()
        {
            FluentList result;
            if (count == 0)
            {
                result = Empty;
            }
            else if (count < RunThreshold)
            {
                result = Empty;
                for (int i = count - 1; i >= 0; i--)
                {
                    result = new FluentList(objects![i], result);
                }
            }
            else
            {
                result = new FluentList(Trimmed(), 0, count);
            }

            this = default;
            return result;
        }

        internal static int Grown(int size) => Math.Max(RunThreshold, size > Array.MaxLength / 2 ? Array.MaxLength : size * 2);

        /// <summary>The array, copied to its exact size if more than a quarter of it is unused (a list may live long).</summary>
        private readonly object?[] Trimmed() =>
            count >= objects!.Length - (objects.Length / 4) ? objects : objects.AsSpan(0, count).ToArray();
    }

    /// <summary>
    /// Builds a list of integers front to back into one <c>long[]</c> (typed code: <c>map</c> whose
    /// function gives integers, <c>filter</c> of integers); <see cref="ToList"/> makes a run over it.
    /// </summary>
    public struct LongBuilder
    {
        private long[]? integers;
        private int count;

        /// <summary>A builder with room for <paramref name="capacity"/> elements (when the final count is known).</summary>
        public LongBuilder(int capacity)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            integers = capacity == 0 ? null : new long[capacity];
        }

        public readonly int Count => count;

        public void Add(long item)
        {
            if (integers is null || count == integers.Length)
            {
                Array.Resize(ref integers, Builder.Grown(count));
            }

            integers[count++] = item;
        }

        /// <summary>The list of the added integers, in order; the builder is empty again.</summary>
        public FluentList ToList()
        {
            FluentList result = Empty;
            if (count >= RunThreshold)
            {
                result = new FluentList(count >= integers!.Length - (integers.Length / 4) ? integers : integers.AsSpan(0, count).ToArray(), 0, count);
            }
            else
            {
                for (int i = count - 1; i >= 0; i--)
                {
                    result = new FluentList(RuntimeOps.Box(integers![i]), result);
                }
            }

            this = default;
            return result;
        }
    }
}
