using FluentAI.Runtime;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Runtime;

/// <summary>
/// Lists built at once (a builder, range, a long span) are runs over one array; they must look and behave exactly like
/// lists of cells: head, tail, length, indexing, dropping, equality, printing, enumeration, and cons onto them.
/// </summary>
[TestClass]
public sealed class FluentListRunTests
{
    private static FluentList Cells(params object?[] items)
    {
        FluentList list = FluentList.Empty;
        for (int i = items.Length - 1; i >= 0; i--)
        {
            list = FluentList.Cons(items[i], list);
        }

        return list;
    }

    private static FluentList Built(params object?[] items)
    {
        var builder = new FluentList.Builder(items.Length);
        foreach (object? item in items)
        {
            builder.Add(item);
        }

        return builder.ToList();
    }

    private static IEnumerable<object[]> Lists()
    {
        object?[] mixed = [1L, "two", null, 4.5, 5L, true, 7L, 8L, 9L, 10L];
        yield return [Built(mixed), Cells(mixed)];
        object?[] integers = [.. Enumerable.Range(0, 20).Select(i => (object?)(i * 1000L))];
        yield return [FluentList.Range(0, 1000, 20), Cells(integers)];
        yield return [FluentList.FromSpan(integers), Cells(integers)];
        yield return [FluentList.Cons(-1L, FluentList.Range(0, 1000, 20)), Cells([-1L, .. integers])];
    }

    [TestMethod]
    [DynamicData(nameof(Lists))]
    public void ARun_BehavesLikeTheSameListOfCells(FluentList run, FluentList cells)
    {
        Assert.AreEqual(cells.Count, run.Count);
        Assert.IsTrue(RuntimeOps.Equal(run, cells));
        Assert.IsTrue(RuntimeOps.Equal(cells, run));
        Assert.AreEqual(Printer.Display(cells), Printer.Display(run));
        Assert.AreEqual(StructuralComparer.Instance.GetHashCode(cells), StructuralComparer.Instance.GetHashCode(run));
        CollectionAssert.AreEqual(cells.ToArray(), run.ToArray());

        FluentList a = run;
        FluentList b = cells;
        for (int i = 0; i < cells.Count; i++)
        {
            Assert.AreEqual(b.Count, a.Count, $"length at {i}");
            Assert.AreEqual(b.Head, a.Head, $"head at {i}");
            Assert.AreEqual(b.Head, run.ItemAt(i), $"item {i}");
            Assert.IsTrue(RuntimeOps.Equal(b, run.Drop(i)), $"drop {i}");
            Assert.IsTrue(RuntimeOps.Equal(a.Tail, a.TailOfNonEmpty), $"the tail without the emptiness test, at {i}");
            Assert.IsTrue(RuntimeOps.Equal(b.Tail, b.TailOfNonEmpty), $"the tail without the emptiness test, at {i}");
            a = a.Tail;
            b = b.Tail;
        }

        Assert.AreSame(FluentList.Empty, a);
        Assert.AreSame(FluentList.Empty, run.Drop(run.Count));
        Assert.IsFalse(RuntimeOps.Equal(run, cells.Tail));
        Assert.IsFalse(RuntimeOps.Equal(FluentList.Cons("different", run.Tail), cells), "a different first element");
    }

    [TestMethod]
    public void ARunDiffersFromAListDifferingInOneElement()
    {
        Assert.IsFalse(RuntimeOps.Equal(FluentList.Range(1, 1, 10), Built(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 11L)));
        Assert.IsTrue(RuntimeOps.Equal(FluentList.Range(1, 1, 10), Built(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L)));
    }

    [TestMethod]
    public void ARangeNearTheEndOfTheIntegers_DoesNotOverflow()
    {
        FluentList list = FluentList.Range(long.MaxValue - 2, 1, 3);
        CollectionAssert.AreEqual(new object[] { long.MaxValue - 2, long.MaxValue - 1, long.MaxValue }, list.ToArray());
        CollectionAssert.AreEqual(new object[] { 5L, 3L, 1L }, FluentList.Range(5, -2, 3).ToArray());
        Assert.AreSame(FluentList.Empty, FluentList.Range(5, 1, 0));
        CollectionAssert.AreEqual(new object[] { long.MinValue, -1L, long.MaxValue - 1 }, FluentList.Range(long.MinValue, long.MaxValue, 3).ToArray(), "k * step wraps, start + k * step does not");
        object[] wide = [.. Enumerable.Range(0, 9).Select(k => (object)(long.MinValue + (k * (long.MaxValue / 4))))];
        CollectionAssert.AreEqual(wide, FluentList.Range(long.MinValue, long.MaxValue / 4, 9).ToArray(), "a run");
    }

    [TestMethod]
    public void AFewBuiltElements_AreCells_AndABuilderThatGrew_IsTrimmed()
    {
        var small = default(FluentList.Builder);
        small.Add(1L);
        small.Add(2L);
        FluentList two = small.ToList();
        Assert.AreEqual(2, two.Count);
        Assert.AreSame(two.Tail.Tail, FluentList.Empty);

        var grown = default(FluentList.Builder);
        for (long i = 0; i < 1000; i++)
        {
            grown.Add(i);
        }

        FluentList thousand = grown.ToList();
        Assert.AreEqual(1000, thousand.Count);
        Assert.AreEqual(999L, thousand.ItemAt(999));
    }
}
