using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class CollectionBuiltinsTests
{
    [TestMethod]
    public void TupleAccessors()
    {
        var t = Call("tuple", 10L, "b", true);
        Assert.AreEqual("(tuple 10 \"b\" #t)", Show("tuple", 10L, "b", true));
        Assert.AreEqual(10L, Call("tuple-ref", t, 0L));
        Assert.AreEqual(true, Call("tuple-ref", t, 2L));
        Assert.AreEqual(3L, Call("tuple-length", t));
        Assert.AreEqual(0L, Call("tuple-length", Call("tuple")));
        Assert.AreEqual(10L, Call("fst", t));
        Assert.AreEqual("b", Call("snd", t));
        RaisesCall(ErrorTypes.IndexOutOfBounds, "Index out of bounds", "tuple-ref", t, 3L);
        RaisesCall(ErrorTypes.TypeMismatch, "expected Tuple", "tuple-ref", L(1L), 0L);
    }

    [TestMethod]
    public void DictOperationsArePersistent()
    {
        var d0 = Call("dict-new");
        var d1 = Call("dict-set", d0, "a", 1L);
        var d2 = Call("dict-set", d1, "b", 2L);
        Assert.AreEqual("{}", FluentAI.Runtime.Printing.Printer.Display(d0));
        Assert.AreEqual(1L, Call("dict-size", d1));
        Assert.AreEqual(1L, Call("dict-get", d2, "a"));
        Assert.IsNull(Call("dict-get", d2, "z"));
        Assert.AreEqual(0L, Call("dict-get-or", d2, "z", 0L));
        Assert.AreEqual(true, Call("dict-has?", d2, "b"));
        Assert.AreEqual(false, Call("dict-has?", d1, "b"));
        Assert.AreEqual("[\"a\" \"b\"]", Show("dict-keys", d2));
        Assert.AreEqual("[1 2]", Show("dict-values", d2));
        Assert.AreEqual("[(tuple \"a\" 1) (tuple \"b\" 2)]", Show("dict-items", d2));
        Assert.AreEqual("{\"b\" 2}", Show("dict-remove", d2, "a"));
        Assert.AreEqual(0L, Call("dict-size", Call("dict-remove", Call("dict-set", d0, "k", 1L), "k")));
        Assert.AreEqual("{\"a\" 9, \"b\" 2}", Show("dict-set", d2, "a", 9L));
        Assert.AreEqual("{\"a\" 1, \"b\" 3, \"c\" 4}", Show("dict-merge", d2, Call("dict-set", Call("dict-set", d0, "b", 3L), "c", 4L)));
        RaisesCall(ErrorTypes.TypeMismatch, "expected Dict", "dict-get", L(), "a");
    }

    [TestMethod]
    public void SetOperations()
    {
        var s = Call("set-from-list", L(1L, 2L, 2L, 3L));
        Assert.AreEqual(3L, Call("set-size", s));
        Assert.AreEqual(true, Call("set-has?", s, 2L));
        Assert.AreEqual(true, Call("set-has?", s, 2.0));
        Assert.AreEqual(false, Call("set-has?", s, 9L));
        Assert.AreEqual(4L, Call("set-size", Call("set-add", s, 10L)));
        Assert.AreEqual("#{1 3}", Show("set-remove", s, 2L));
        var other = Call("set-from-list", L(3L, 4L));
        Assert.AreEqual("#{1 2 3 4}", Show("set-union", s, other));
        Assert.AreEqual("#{3}", Show("set-intersection", s, other));
        Assert.AreEqual("#{1 2}", Show("set-difference", s, other));
        Assert.AreEqual("[1 2 3]", Show("set-to-list", s));
        Assert.AreEqual("#{}", Show("set-new"));
        Assert.AreEqual("#{\"b\" \"a\"}", Show("set-add", Call("set-from-list", L("b")), "a"));
        RaisesCall(ErrorTypes.TypeMismatch, "expected Set", "set-add", L(), 1L);
    }

    [TestMethod]
    public void QueuesAreListsFrontFirst()
    {
        var q = Call("queue-enqueue", Call("queue-enqueue", Call("queue-new"), 1L), 2L);
        Assert.AreEqual("[1 2]", Show("identity", q));
        Assert.AreEqual(1L, Call("queue-peek", q));
        Assert.AreEqual(true, Call("queue-empty?", Call("queue-new")));
        Assert.AreEqual(false, Call("queue-empty?", q));
        Assert.AreEqual("(tuple 7 [8 9])", Show("queue-dequeue", L(7L, 8L, 9L)));
        RaisesCall(ErrorTypes.EmptyList, "Empty list", "queue-dequeue", FluentList.Empty);
        RaisesCall(ErrorTypes.EmptyList, "Empty list", "queue-peek", FluentList.Empty);
    }

    [TestMethod]
    public void DataConstructorsBuildValuesAndCheckArity()
    {
        var some = new DataConstructor("Some", 1);
        Assert.AreEqual("(Some 5)", FluentAI.Runtime.Printing.Printer.Display(some.Invoke(5L)));
        var none = new DataConstructor("None", 0);
        Assert.AreEqual("(None)", FluentAI.Runtime.Printing.Printer.Display(none.Invoke()));
        Assert.AreEqual(1, some.FixedArity);
        var error = Raises(ErrorTypes.ArityMismatch, "Some expects 1 arguments, got 2", () => some.Invoke(1L, 2L));
        Assert.AreEqual("Some expects 1 arguments, got 2", error.Message);
    }
}
