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

    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(2)]
    public void AnUnboxedIntegerField_ReadsComparesHashesAndPrints_AsTheBoxedOne(int at)
    {
        var node = new DataConstructor("Node", 3);
        object?[] fields = ["left", 5L, "right"];
        fields[at] = 9_000_000_000L;
        object?[] others = [.. fields];
        others[at] = null; // ignored: the unboxed overload takes the integer in its own parameter
        DataValue unboxed = at switch
        {
            0 => node.Make(9_000_000_000L, others[1], others[2]),
            1 => node.Make(others[0], 9_000_000_000L, others[2]),
            _ => node.Make(others[0], others[1], 9_000_000_000L),
        };
        var boxed = new DataValue(node, fields);

        CollectionAssert.AreEqual(fields, unboxed.Fields.ToArray());
        for (int i = 0; i < 3; i++)
        {
            Assert.AreEqual(fields[i], unboxed.Field(i));
        }

        Assert.AreEqual(9_000_000_000L, unboxed.FieldLong(at));
        Assert.AreEqual(Printer.Display(boxed), Printer.Display(unboxed));
        Assert.IsTrue(RuntimeOps.Equal(unboxed, boxed));
        Assert.IsTrue(RuntimeOps.Equal(boxed, unboxed));
        Assert.AreEqual(StructuralComparer.Instance.GetHashCode(boxed), StructuralComparer.Instance.GetHashCode(unboxed));
        Assert.IsFalse(RuntimeOps.Equal(unboxed, new DataValue(node, [.. fields.Select((f, i) => i == at ? 1L : f)])));
    }

    [TestMethod]
    public void OneAndTwoFieldValues_HoldAnIntegerUnboxed()
    {
        var box = new DataConstructor("Box", 1);
        var pair = new DataConstructor("Pair", 2);

        Assert.AreEqual("(Box -7)", Printer.Display(box.Make(-7L)));
        Assert.AreEqual("(Pair 1 \"b\")", Printer.Display(pair.Make(1L, "b")));
        Assert.AreEqual("(Pair \"a\" 2)", Printer.Display(pair.Make("a", 2L)));
        Assert.IsTrue(RuntimeOps.Equal(pair.Make(1L, (object)2L), pair.Invoke(1L, 2L)));
    }

    [TestMethod]
    public void FieldLong_UnboxesABoxedInteger_AndLeavesTypedCode_OnAnythingElse()
    {
        var value = new DataValue("V", [3L, 2.5, "x"]);

        Assert.AreEqual(3L, value.FieldLong(0));
        Assert.ThrowsExactly<FluentAI.Runtime.Compiled.TypedCodeExit>(() => value.FieldLong(1));
        Assert.ThrowsExactly<FluentAI.Runtime.Compiled.TypedCodeExit>(() => value.FieldLong(2));
        Assert.AreEqual(4L, new DataValue("W", [1L, 2L, 3L, 4L]).FieldLong(3), "a value of more than three fields keeps them in an array");
    }

    [TestMethod]
    public void AnArrayOfFields_BecomesTheValuesOwn()
    {
        var wide = new DataConstructor("Wide", 4);
        DataValue value = wide.Make([1L, 2L, 3L, 4L]);
        Assert.AreEqual("(Wide 1 2 3 4)", Printer.Display(value));
    }
}
