using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class FluentListBuilderTests
{
    [TestMethod]
    public void Builds_TheItemsInOrder_WithTheLengthOfEveryCell()
    {
        var builder = default(FluentList.Builder);
        for (long i = 1; i <= 4; i++)
        {
            builder.Add(i);
        }

        Assert.AreEqual(4, builder.Count);
        FluentList list = builder.ToList();
        CollectionAssert.AreEqual(new object[] { 1L, 2L, 3L, 4L }, list.ToArray());
        int expected = 4;
        for (FluentList cell = list; !cell.IsEmpty; cell = cell.Tail)
        {
            Assert.AreEqual(expected--, cell.Count);
        }

        Assert.AreSame(FluentList.Empty, list.Tail.Tail.Tail.Tail);
    }

    [TestMethod]
    public void NothingAdded_IsTheEmptyList_AndTheBuilderStartsOverAfterToList()
    {
        var builder = default(FluentList.Builder);
        Assert.AreSame(FluentList.Empty, builder.ToList());
        builder.Add("a");
        FluentList first = builder.ToList();
        builder.Add("b");
        FluentList second = builder.ToList();
        Assert.AreEqual(1, first.Count);
        Assert.AreEqual("a", first.Head);
        Assert.AreEqual(1, second.Count);
        Assert.AreEqual("b", second.Head);
    }
}
