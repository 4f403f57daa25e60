using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Runtime;

/// <summary>
/// <see cref="IntegerLists.Enter"/> takes a list from other code into typed code's integer cells whole: every kind of
/// list node (cells, a run of longs, a run of objects, cells before a run) becomes one chain whose rest is always the
/// next cell; anything that is not a list of integers leaves typed code.
/// </summary>
[TestClass]
public sealed class IntegerListsTests
{
    private static List<long> Walk(IntegerCell? cell)
    {
        var values = new List<long>();
        for (; cell is not null; cell = cell.Next)
        {
            values.Add(cell.Head);
        }

        return values;
    }

    private static FluentList Cells(params object?[] items)
    {
        FluentList list = FluentList.Empty;
        for (int i = items.Length - 1; i >= 0; i--)
        {
            list = FluentList.Cons(items[i], list);
        }

        return list;
    }

    [TestMethod]
    public void TheEmptyList_IsNull() => Assert.IsNull(IntegerLists.Enter(FluentList.Empty));

    [TestMethod]
    public void Cells_BecomeAChainOfTheSameIntegers() =>
        CollectionAssert.AreEqual(new List<long> { 3, -1, long.MaxValue }, Walk(IntegerLists.Enter(Cells(3L, -1L, long.MaxValue))));

    [TestMethod]
    public void ARunOfLongs_BecomesAChain() =>
        CollectionAssert.AreEqual(Enumerable.Range(100, 20).Select(i => (long)i).ToList(), Walk(IntegerLists.Enter(FluentList.Range(100, 1, 20))));

    [TestMethod]
    public void CellsBeforeARun_BecomeOneChain()
    {
        FluentList list = FluentList.Cons(7L, FluentList.Cons(8L, FluentList.Range(1, 2, 10)));
        CollectionAssert.AreEqual(new List<long> { 7, 8, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19 }, Walk(IntegerLists.Enter(list)));
    }

    [TestMethod]
    public void ARunOfObjects_BecomesAChain()
    {
        object?[] items = Enumerable.Range(0, 12).Select(i => (object?)(long)(i * i)).ToArray();
        CollectionAssert.AreEqual(items.Cast<long>().ToList(), Walk(IntegerLists.Enter(FluentList.FromSpan(items))));
    }

    [TestMethod]
    public void TheTailOfAChain_IsItsNextCell()
    {
        IntegerCell first = IntegerLists.Enter(Cells(1L, 2L))!;
        Assert.AreSame(first.Next, IntegerLists.Tail(first));
        Assert.AreEqual(1L, IntegerLists.Head(first));
        Assert.IsNull(IntegerLists.Tail(first.Next));
    }

    [TestMethod]
    [DataRow(null, DisplayName = "nil")]
    [DataRow(5L, DisplayName = "a number")]
    [DataRow("12", DisplayName = "a string")]
    public void AValueThatIsNotAList_LeavesTypedCode(object? value) =>
        Assert.ThrowsExactly<TypedCodeExit>(() => IntegerLists.Enter(value));

    [TestMethod]
    public void ANonIntegerAnywhereInTheList_LeavesTypedCode()
    {
        Assert.ThrowsExactly<TypedCodeExit>(() => IntegerLists.Enter(Cells(1L, 2L, 2.5)), "the last element");
        Assert.ThrowsExactly<TypedCodeExit>(() => IntegerLists.Enter(FluentList.Cons(1L, FluentList.FromSpan(Enumerable.Repeat<object?>("x", 9).ToArray()))), "in a run");
    }

    [TestMethod]
    public void TheHeadOrTailOfTheEmptyList_LeavesTypedCode()
    {
        Assert.ThrowsExactly<TypedCodeExit>(() => IntegerLists.Head(null));
        Assert.ThrowsExactly<TypedCodeExit>(() => IntegerLists.Tail(null));
    }
}
