using FluentAI.Runtime;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Runtime;

/// <summary>Data values keep up to three fields inline and more in an array; both look and compare the same.</summary>
[TestClass]
public sealed class DataValueTests
{
    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(3)]
    [DataRow(4)]
    [DataRow(7)]
    public void Fields_AreKeptInOrder_WhateverTheirNumber(int count)
    {
        object?[] fields = [.. Enumerable.Range(1, count).Select(i => (object?)(long)i)];
        var value = new DataValue("V", fields);

        Assert.AreEqual(count, value.FieldCount);
        CollectionAssert.AreEqual(fields, value.Fields.ToArray());
        for (int i = 0; i < count; i++)
        {
            Assert.AreEqual(fields[i], value.Field(i));
        }

        string expected = count == 0 ? "(V)" : "(V " + string.Join(' ', fields) + ")";
        Assert.AreEqual(expected, Printer.Display(value));
        Assert.IsTrue(RuntimeOps.Equal(value, new DataValue("V", fields)));
        Assert.AreEqual(StructuralComparer.Instance.GetHashCode(value), StructuralComparer.Instance.GetHashCode(new DataValue("V", fields)));
    }

    [TestMethod]
    public void ValuesDifferingInOneField_OrInTheirNumber_AreNotEqual()
    {
        Assert.IsFalse(RuntimeOps.Equal(new DataValue("V", [1L, 2L, 3L, 4L]), new DataValue("V", [1L, 2L, 3L, 5L])));
        Assert.IsFalse(RuntimeOps.Equal(new DataValue("V", [1L, 2L]), new DataValue("V", [1L, 2L, 3L])));
        Assert.IsFalse(RuntimeOps.Equal(new DataValue("V", [1L]), new DataValue("W", [1L])));
    }

    [TestMethod]
    public void TheCallersSpan_IsCopied()
    {
        object?[] fields = [1L, 2L];
        var value = new DataValue("V", fields);
        fields[0] = 9L;
        Assert.AreEqual(1L, value.Field(0));
    }

    [TestMethod]
    public void ValuesOfAConstructor_CarryItsInternedName_AndItsArity()
    {
        var pair = new DataConstructor(new string("Pair".AsSpan()), 2);
        var value = (DataValue)pair.Invoke(1L, 2L)!;

        Assert.AreSame(string.Intern("Pair"), value.Constructor, "compiled code compares names by reference");
        Assert.AreSame(pair, value.Kind);
        Assert.IsTrue(value.Is("Pair", 2));
        Assert.IsFalse(value.Is("Pair", 3));
        Assert.IsFalse(value.Is("Pairs", 2));
    }

    [TestMethod]
    public void ANullaryConstructor_SharesOneValue()
    {
        var none = new DataConstructor("None", 0);
        Assert.AreSame(none.Invoke(), none.Invoke());
        Assert.AreSame(none.Invoke(), none.Make());
    }

    [TestMethod]
    public void TheNumberOfFields_MustBeTheConstructorsArity()
    {
        var pair = new DataConstructor("Pair", 2);
        Assert.ThrowsExactly<ArgumentException>(() => new DataValue(pair, [1L]));
        Assert.ThrowsExactly<FluentAI.Runtime.Errors.FluentException>(() => pair.Invoke(1L));
        Assert.ThrowsExactly<FluentAI.Runtime.Errors.FluentException>(() => pair.Invoke(1L, 2L, 3L));
    }
}
