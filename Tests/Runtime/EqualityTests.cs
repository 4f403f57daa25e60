using FluentAI.Runtime;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class EqualityTests
{
    [TestMethod]
    public void NumbersCompareByValueAcrossIntFloatAndBigInteger()
    {
        Assert.IsTrue(RuntimeOps.Equal(1L, 1.0));
        Assert.IsTrue(RuntimeOps.Equal(1.0, 1L));
        Assert.IsTrue(RuntimeOps.Equal(Big("100000000000000000000"), 1e20));
        Assert.IsFalse(RuntimeOps.Equal(9007199254740993L, 9007199254740992.0));
        Assert.IsFalse(RuntimeOps.Equal(1L, 1.5));
        Assert.IsTrue(RuntimeOps.Equal(0.0, -0.0));
        Assert.IsFalse(RuntimeOps.Equal(double.NaN, double.NaN));
    }

    [TestMethod]
    public void DifferentKindsAreUnequal()
    {
        Assert.IsFalse(RuntimeOps.Equal(true, 1L));
        Assert.IsFalse(RuntimeOps.Equal("1", 1L));
        Assert.IsFalse(RuntimeOps.Equal(null, FluentList.Empty));
        Assert.IsFalse(RuntimeOps.Equal(L(1L, 2L), new FluentTuple([1L, 2L])));
        Assert.IsTrue(RuntimeOps.Equal(null, null));
    }

    [TestMethod]
    public void ContainersCompareStructurallyAndDeeply()
    {
        Assert.IsTrue(RuntimeOps.Equal(L(1L, L(2L, "a")), L(1.0, L(2L, "a"))));
        Assert.IsFalse(RuntimeOps.Equal(L(1L, 2L), L(1L, 2L, 3L)));
        Assert.IsTrue(RuntimeOps.Equal(DataValue.Create("Some", [L(1L)]), DataValue.Create("Some", [L(1L)])));
        Assert.IsFalse(RuntimeOps.Equal(DataValue.Create("Some", [1L]), DataValue.Create("Other", [1L])));
        Assert.IsTrue(RuntimeOps.Equal(FluentDict.Empty.Set("a", 1L).Set("b", 2L), FluentDict.Empty.Set("b", 2L).Set("a", 1.0)));
        Assert.IsFalse(RuntimeOps.Equal(FluentDict.Empty.Set("a", 1L), FluentDict.Empty.Set("a", 2L)));
        Assert.IsTrue(RuntimeOps.Equal(FluentSet.FromEnumerable([1L, 2L]), FluentSet.FromEnumerable([2L, 1L])));
        Assert.IsTrue(RuntimeOps.Equal(new ErrorValue("t", "m"), new ErrorValue("t", "m")));
    }

    [TestMethod]
    public void FunctionsAreEqualOnlyToThemselves()
    {
        var f = Fn(x => x);
        Assert.IsTrue(RuntimeOps.Equal(f, f));
        Assert.IsFalse(RuntimeOps.Equal(f, Fn(x => x)));
    }

    [TestMethod]
    public void HashIsConsistentWithEqualityForMixedNumbers()
    {
        var c = StructuralComparer.Instance;
        Assert.AreEqual(c.GetHashCode(1L), c.GetHashCode(1.0));
        Assert.AreEqual(c.GetHashCode(0L), c.GetHashCode(-0.0));
        Assert.AreEqual(c.GetHashCode(Big("100000000000000000000")), c.GetHashCode(1e20));
        Assert.AreEqual(c.GetHashCode(L(1L, "a")), c.GetHashCode(L(1.0, "a")));
        Assert.AreEqual(c.GetHashCode(FluentDict.Empty.Set("a", 1L).Set("b", 2L)), c.GetHashCode(FluentDict.Empty.Set("b", 2L).Set("a", 1L)));
        Assert.IsTrue(c.Equals(new FluentTuple([1L, "x"]), new FluentTuple([1.0, "x"])));
    }

    [TestMethod]
    public void StructuralKeysFindEqualValues()
    {
        var dict = FluentDict.Empty.Set(L(1L, 2L), "list").Set(1L, "one").Set(null, "nil");
        Assert.IsTrue(dict.TryGetValue(L(1L, 2L), out var v));
        Assert.AreEqual("list", v);
        Assert.IsTrue(dict.TryGetValue(1.0, out v));
        Assert.AreEqual("one", v);
        Assert.IsTrue(dict.TryGetValue(null, out v));
        Assert.AreEqual("nil", v);
        Assert.IsTrue(FluentSet.FromEnumerable([Big("100000000000000000000")]).Contains(1e20));
    }

    [TestMethod]
    public void OrderingMixesNumbersExactly()
    {
        Assert.IsTrue(RuntimeOps.Less(1L, 1.5));
        Assert.IsTrue(RuntimeOps.LessEqual(2.0, 2L));
        Assert.IsFalse(RuntimeOps.Less(Big("18446744073709551616"), 1.8e19));
        Assert.IsTrue(RuntimeOps.Less(Big("18446744073709551616"), 1.9e19));
        Assert.IsTrue(RuntimeOps.Greater(Big("100000000000000000000"), long.MaxValue));
        Assert.IsTrue(RuntimeOps.Less(Big("-100000000000000000000"), long.MinValue));
        Assert.IsTrue(RuntimeOps.Less(9007199254740992.0, 9007199254740993L));
        Assert.IsFalse(RuntimeOps.Less(double.NaN, 1L));
        Assert.IsFalse(RuntimeOps.GreaterEqual(double.NaN, 1L));
    }

    [TestMethod]
    public void StringsOrderByCodePointAndListsLexicographically()
    {
        Assert.IsTrue(RuntimeOps.Less("B", "a"));
        Assert.IsTrue(RuntimeOps.Less("abc", "abd"));
        Assert.IsTrue(RuntimeOps.Less("ab", "abc"));
        Assert.IsTrue(RuntimeOps.Less("\uFFFF", "\U0001F600"));
        Assert.IsTrue(RuntimeOps.Less(L(1L, 2L), L(1L, 3L)));
        Assert.IsTrue(RuntimeOps.Less(L(1L), L(1L, 0L)));
        Assert.IsTrue(RuntimeOps.GreaterEqual(L(2L), L(1L, 5L)));
    }

    [TestMethod]
    public void OrderingOtherMixesIsATypeMismatch()
    {
        Raises(ErrorTypes.TypeMismatch, "Type mismatch", () => RuntimeOps.Less(1L, "a"));
        Raises(ErrorTypes.TypeMismatch, "Type mismatch", () => RuntimeOps.Less("a", 1L));
        Raises(ErrorTypes.TypeMismatch, "Type mismatch", () => RuntimeOps.Greater(true, false));
        Raises(ErrorTypes.TypeMismatch, "Type mismatch", () => RuntimeOps.LessEqual(null, 1L));
    }
}
