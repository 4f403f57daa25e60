using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Runtime;

/// <summary>
/// <see cref="ListAccumulator"/>: the list a typed loop conses onto, kept in arrays. The made list must equal
/// consing each element in turn, for every count around the array sizes, from an empty or a non-empty start,
/// and a list made earlier must not change when more is pushed.
/// </summary>
[TestClass]
public sealed class ListAccumulatorTests
{
    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(7)]
    [DataRow(8)]
    [DataRow(9)]
    [DataRow(8191)]
    [DataRow(8192)]
    [DataRow(8193)]
    [DataRow(20000)]
    public void TheMadeList_IsTheElementsConsedInTurn(int count)
    {
        foreach (FluentList start in new[] { FluentList.Empty, FluentList.FromSpan(["a", 2L]) })
        {
            ListAccumulator accumulator = ListAccumulator.Start(start);
            FluentList expected = start;
            for (int i = 0; i < count; i++)
            {
                object item = i % 3 == 0 ? $"s{i}" : (long)i;
                accumulator = ListAccumulator.Push(accumulator, item);
                expected = FluentList.Cons(item, expected);
            }

            FluentList made = ListAccumulator.ToList(accumulator);
            Assert.AreEqual(expected.Count, made.Count);
            CollectionAssert.AreEqual(expected.ToList(), made.ToList(), $"{count} elements onto {Printer.Display(start)}");
            if (count == 0)
            {
                Assert.AreSame(start, made, "nothing pushed: the list the loop started from");
            }
        }
    }

    [TestMethod]
    public void AListMadeEarlier_DoesNotChange_WhenMoreIsPushed()
    {
        ListAccumulator accumulator = ListAccumulator.Start(FluentList.Empty);
        for (long i = 0; i < 10; i++)
        {
            ListAccumulator.Push(accumulator, i);
        }

        FluentList first = ListAccumulator.ToList(accumulator);
        string before = Printer.Display(first);
        for (long i = 10; i < 9000; i++)
        {
            ListAccumulator.Push(accumulator, i);
        }

        FluentList second = ListAccumulator.ToList(accumulator);
        Assert.AreEqual(before, Printer.Display(first));
        Assert.AreEqual(9000, second.Count);
        Assert.AreEqual(8999L, second.Head);
        Assert.AreEqual("[9 8 7 6 5 4 3 2 1 0]", before);
    }
}
