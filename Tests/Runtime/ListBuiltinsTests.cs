using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class ListBuiltinsTests
{
    [TestMethod]
    public void ConsHeadTail()
    {
        Assert.AreEqual("[1 2 3]", Show("cons", 1L, L(2L, 3L)));
        Assert.AreEqual(1L, Call("head", L(1L, 2L)));
        Assert.AreEqual("[2]", Show("tail", L(1L, 2L)));
        RaisesCall(ErrorTypes.TypeMismatch, "Type mismatch", "cons", 1L, 2L);
        RaisesCall(ErrorTypes.EmptyList, "Empty list", "head", FluentList.Empty);
        RaisesCall(ErrorTypes.EmptyList, "Empty list", "tail", FluentList.Empty);
        RaisesCall(ErrorTypes.TypeMismatch, "expected List, got Int", "head", 5L);
    }

    [TestMethod]
    public void FluentListIsPersistentWithConstantTimeCount()
    {
        var tail = L(2L, 3L);
        var list = FluentList.Cons(1L, tail);
        Assert.AreEqual(3, list.Count);
        Assert.AreSame(tail, list.Tail);
        Assert.AreEqual(2, tail.Count);
        Assert.IsTrue(FluentList.Empty.IsEmpty);
        Assert.AreSame(FluentList.Empty, FluentList.Empty.Tail);
        CollectionAssert.AreEqual(new object?[] { 1L, 2L, 3L }, list.ToList());
        Assert.AreEqual("[1 2]", FluentList.FromEnumerable(new object?[] { 1L, 2L }).ToString());
    }

    [TestMethod]
    public void LengthNthLast()
    {
        Assert.AreEqual(3L, Call("length", L(1L, 2L, 3L)));
        Assert.AreEqual(0L, Call("length", L()));
        Assert.AreEqual(30L, Call("nth", L(10L, 20L, 30L), 2L));
        Assert.AreEqual(3L, Call("last", L(1L, 2L, 3L)));
        RaisesCall(ErrorTypes.IndexOutOfBounds, "Index out of bounds", "nth", L(1L), 1L);
        RaisesCall(ErrorTypes.IndexOutOfBounds, "Index out of bounds", "nth", L(1L), -1L);
        RaisesCall(ErrorTypes.EmptyList, "Empty list", "last", L());
    }

    [TestMethod]
    public void AppendReverseTakeDrop()
    {
        Assert.AreEqual("[1 2 3 4 5]", Show("append", L(1L, 2L), L(3L), L(4L, 5L)));
        Assert.AreEqual("[3 2 1]", Show("reverse", L(1L, 2L, 3L)));
        Assert.AreEqual("[3 2 1]", Show("list-reverse", L(1L, 2L, 3L)));
        Assert.AreEqual("[1 2]", Show("take", 2L, L(1L, 2L, 3L)));
        Assert.AreEqual("[1 2 3]", Show("take", 10L, L(1L, 2L, 3L)));
        Assert.AreEqual("[3]", Show("drop", 2L, L(1L, 2L, 3L)));
        Assert.AreEqual("[]", Show("drop", 5L, L(1L)));
        RaisesCall(ErrorTypes.TypeMismatch, "Type mismatch", "append", L(1L), 2L);
    }

    [TestMethod]
    public void RangeForms()
    {
        Assert.AreEqual("[0 1 2 3 4]", Show("range", 5L));
        Assert.AreEqual("[2 3 4]", Show("range", 2L, 5L));
        Assert.AreEqual("[1 3 5 7 9]", Show("range", 1L, 10L, 2L));
        Assert.AreEqual("[5 4 3 2 1]", Show("range", 5L, 0L, -1L));
        Assert.AreEqual("[]", Show("range", 5L, 0L));
        Assert.AreEqual("[]", Show("range", 0L));
        Assert.AreEqual("[10 7 4 1]", Show("range", 10L, 0L, -3L));
        Assert.AreEqual("[0 4 8]", Show("range", 0L, 9L, 4L));
        Assert.AreEqual("[9223372036854775805 9223372036854775806]", Show("range", long.MaxValue - 2, long.MaxValue));
        Assert.AreEqual("[-9223372036854775808 -1 9223372036854775806]", Show("range", long.MinValue, long.MaxValue, long.MaxValue));
        Assert.AreEqual(3, ((FluentAI.Runtime.Values.FluentList)Call("range", 3L)!).Count);
        RaisesCall(ErrorTypes.DomainError, "step", "range", 0L, 5L, 0L);
        RaisesCall(ErrorTypes.ArityMismatch, "Arity mismatch: expected 1-3, got 4", "range", 1L, 2L, 3L, 4L);
    }

    [TestMethod]
    public void ListSortIsStableAndUsesOrdering()
    {
        Assert.AreEqual("[1 1.5 2 3]", Show("list-sort", L(3L, 1.5, 2L, 1L)));
        Assert.AreEqual("[\"a\" \"b\" \"c\"]", Show("list-sort", L("c", "a", "b")));
        Assert.AreEqual("[1 1.0 2]", Show("list-sort", L(2L, 1L, 1.0)));
        Assert.AreEqual("[1.0 1 2]", Show("list-sort", L(1.0, 2L, 1L)));
        Assert.AreEqual("[3 2 1]", Show("list-sort", L(1L, 3L, 2L), Fn2((a, b) => FluentAI.Runtime.RuntimeOps.Greater(a, b))));
        RaisesCall(ErrorTypes.TypeMismatch, "Type mismatch", "list-sort", L(1L, "a"));
    }

    [TestMethod]
    public void SliceFlattenZipUnzip()
    {
        Assert.AreEqual("[2 3]", Show("list-slice", L(1L, 2L, 3L, 4L), 1L, 3L));
        Assert.AreEqual("[3 4]", Show("list-slice", L(1L, 2L, 3L, 4L), 2L));
        RaisesCall(ErrorTypes.IndexOutOfBounds, "Invalid slice indices", "list-slice", L(1L), 0L, 5L);
        Assert.AreEqual("[1 2 3 [4]]", Show("list-flatten", L(L(1L, 2L), 3L, L(L(4L)))));
        Assert.AreEqual("[(tuple 1 \"a\") (tuple 2 \"b\")]", Show("list-zip", L(1L, 2L, 3L), L("a", "b")));
        Assert.AreEqual("(tuple [1 2] [\"a\" \"b\"])", Show("list-unzip", L(new FluentTuple([1L, "a"]), L(2L, "b"))));
    }

    [TestMethod]
    public void PartitionFindIndexOfUniqueContains()
    {
        var even = Fn(x => (long)x! % 2 == 0);
        Assert.AreEqual("(tuple [2 4] [1 3])", Show("list-partition", even, L(1L, 2L, 3L, 4L)));
        Assert.AreEqual(2L, Call("list-find", even, L(1L, 2L, 4L)));
        Assert.IsNull(Call("list-find", even, L(1L, 3L)));
        Assert.AreEqual(1L, Call("list-index-of", "b", L("a", "b")));
        Assert.AreEqual(-1L, Call("list-index-of", "z", L("a", "b")));
        Assert.AreEqual("[3 1 2]", Show("list-unique", L(3L, 1L, 3L, 2L, 1.0)));
        Assert.AreEqual(true, Call("contains?", L(1L, 2L, 3L), 2L));
        Assert.AreEqual(false, Call("contains?", L(1L, 2L, 3L), 5L));
        Assert.AreEqual(true, Call("contains?", L("a", "b"), "b"));
    }
}
