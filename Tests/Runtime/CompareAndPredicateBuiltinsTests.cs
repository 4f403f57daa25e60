using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class CompareAndPredicateBuiltinsTests
{
    [TestMethod]
    public void EqualityBuiltinsAndAliases()
    {
        Assert.AreEqual(true, Call("==", 1L, 1.0));
        Assert.AreEqual(true, Call("=", L(1L), L(1L)));
        Assert.AreEqual(false, Call("==", true, 1L));
        Assert.AreEqual(true, Call("!=", 1L, 2L));
        Assert.AreEqual(false, Call("not=", "a", "a"));
        Assert.AreEqual(true, Call("==", 2L, 2L, 2.0));
        Assert.AreEqual(false, Call("==", 2L, 2L, 3L));
    }

    [TestMethod]
    public void OrderingIsChained()
    {
        Assert.AreEqual(true, Call("<", 1L, 2L, 3L));
        Assert.AreEqual(false, Call("<", 1L, 3L, 2L));
        Assert.AreEqual(true, Call("<=", 1L, 1L, 2.0));
        Assert.AreEqual(true, Call(">", 3L, 2L, 1L));
        Assert.AreEqual(true, Call(">=", "b", "a", "a"));
        RaisesCall(ErrorTypes.TypeMismatch, "Type mismatch", "<", 1L, "a");
        RaisesCall(ErrorTypes.ArityMismatch, "Arity mismatch", "<", 1L);
    }

    [TestMethod]
    public void NotAndXorUseTruthiness()
    {
        Assert.AreEqual(true, Call("not", 0L));
        Assert.AreEqual(false, Call("not", "x"));
        Assert.AreEqual(true, Call("xor", 1L, FluentList.Empty));
        Assert.AreEqual(false, Call("xor", 1L, "a"));
    }

    [TestMethod]
    public void TypePredicates()
    {
        Assert.AreEqual(true, Call("int?", 1L));
        Assert.AreEqual(true, Call("int?", Big("100000000000000000000")));
        Assert.AreEqual(false, Call("int?", 1.0));
        Assert.AreEqual(true, Call("float?", 1.0));
        Assert.AreEqual(true, Call("number?", 1.0));
        Assert.AreEqual(false, Call("number?", true));
        Assert.AreEqual(true, Call("string?", ""));
        Assert.AreEqual(true, Call("list?", FluentList.Empty));
        Assert.AreEqual(true, Call("bool?", false));
        Assert.AreEqual(true, Call("boolean?", true));
        Assert.AreEqual(false, Call("bool?", 0L));
        Assert.AreEqual(true, Call("function?", Fn(x => x)));
        Assert.AreEqual(true, Call("nil?", new object?[] { null }));
        Assert.AreEqual(false, Call("nil?", FluentList.Empty));
        Assert.AreEqual(false, Call("nil?", false));
        Assert.AreEqual(true, Call("tuple?", FluentTuple.Empty));
        Assert.AreEqual(true, Call("dict?", FluentDict.Empty));
        Assert.AreEqual(true, Call("set?", FluentSet.Empty));
    }

    [TestMethod]
    public void NumericPredicates()
    {
        Assert.AreEqual(true, Call("zero?", 0L));
        Assert.AreEqual(true, Call("zero?", 0.0));
        Assert.AreEqual(false, Call("zero?", -1L));
        Assert.AreEqual(true, Call("positive?", 3L));
        Assert.AreEqual(false, Call("positive?", 0L));
        Assert.AreEqual(true, Call("negative?", -0.5));
        Assert.AreEqual(true, Call("even?", 4L));
        Assert.AreEqual(true, Call("odd?", -3L));
        Assert.AreEqual(false, Call("odd?", Big("100000000000000000000")));
        RaisesCall(ErrorTypes.TypeMismatch, "expected Int", "even?", 2.0);
        RaisesCall(ErrorTypes.TypeMismatch, "expected Number", "zero?", "0");
    }

    [TestMethod]
    public void EmptyAndSortedPredicates()
    {
        Assert.AreEqual(true, Call("empty?", FluentList.Empty));
        Assert.AreEqual(true, Call("empty?", ""));
        Assert.AreEqual(false, Call("empty?", L(1L)));
        Assert.AreEqual(true, Call("empty?", FluentDict.Empty));
        Assert.AreEqual(true, Call("sorted?", L(1L, 2L, 2L, 3.5)));
        Assert.AreEqual(false, Call("sorted?", L(2L, 1L)));
        Assert.AreEqual(true, Call("sorted?", L()));
        Assert.AreEqual(true, Call("sorted?", L("a", "b")));
        RaisesCall(ErrorTypes.TypeMismatch, "Type mismatch", "empty?", 5L);
        RaisesCall(ErrorTypes.TypeMismatch, "Type mismatch", "sorted?", L(1L, "a"));
    }
}
