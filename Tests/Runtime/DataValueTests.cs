using FluentAI.Runtime;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Runtime;

/// <summary>Data values keep up to three fields in fields of their own and more in an array; all look and compare the same.</summary>
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
        var value = DataValue.Create("V", fields);

        Assert.AreEqual(count, value.FieldCount);
        CollectionAssert.AreEqual(fields, value.Fields.ToArray());
        for (int i = 0; i < count; i++)
        {
            Assert.AreEqual(fields[i], value.Field(i));
        }

        string expected = count == 0 ? "(V)" : "(V " + string.Join(' ', fields) + ")";
        Assert.AreEqual(expected, Printer.Display(value));
        Assert.IsTrue(RuntimeOps.Equal(value, DataValue.Create("V", fields)));
        Assert.AreEqual(StructuralComparer.Instance.GetHashCode(value), StructuralComparer.Instance.GetHashCode(DataValue.Create("V", fields)));
    }

    [TestMethod]
    public void ValuesDifferingInOneField_OrInTheirNumber_AreNotEqual()
    {
        Assert.IsFalse(RuntimeOps.Equal(DataValue.Create("V", [1L, 2L, 3L, 4L]), DataValue.Create("V", [1L, 2L, 3L, 5L])));
        Assert.IsFalse(RuntimeOps.Equal(DataValue.Create("V", [1L, 2L]), DataValue.Create("V", [1L, 2L, 3L])));
        Assert.IsFalse(RuntimeOps.Equal(DataValue.Create("V", [1L]), DataValue.Create("W", [1L])));
    }

    [TestMethod]
    public void TheCallersSpan_IsCopied()
    {
        object?[] fields = [1L, 2L];
        var value = DataValue.Create("V", fields);
        fields[0] = 9L;
        Assert.AreEqual(1L, value.Field(0));
    }

    [TestMethod]
    public void ValuesOfAConstructor_CarryItsInternedName_AndItsArity()
    {
        var pair = new DataConstructor(new string("Pair".AsSpan()), 2);
        var value = (DataValue)pair.Invoke(1L, 2L)!;

        Assert.AreSame(string.Intern("Pair"), value.Constructor, "compiled code compares names by reference");
        Assert.AreEqual(DataShapes.For("Pair", 2, unboxedAt: -1), value.GetType(), "the value's class stands for its constructor");
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
    public void ConstructorsOfOneNameAndArity_ShareTheirClasses_AndTheirNullaryValue()
    {
        var first = new DataConstructor("Tip", 0);
        var second = new DataConstructor("Tip", 0);
        Assert.AreSame(first.Make(), second.Invoke(), "another engine's (Tip) is the same value");
        Assert.AreEqual(new DataConstructor("Cell", 2).Invoke(1L, 2L)!.GetType(), new DataConstructor("Cell", 2).Invoke("a", "b")!.GetType());
        Assert.AreNotEqual(DataKeyTypes.For("Cell", 2), DataKeyTypes.For("Cell", 1));
        Assert.AreNotEqual(DataKeyTypes.For("Cell", 2), DataKeyTypes.For("Celm", 2));
    }

    [TestMethod]
    public void TheKeyTypesHash_IsFixed_SoThatBuiltAssembliesNameTheKeysOfEveryProcess()
    {
        // FNV-1a 64 over "Node" as UTF-16 code units, then 3 as four bytes: a change here breaks every assembly built before it.
        Assert.AreEqual(0x620DF160620E6F56UL, DataKeyTypes.Hash("Node", 3));
        Assert.AreEqual(ExpectedFnv("Ünïcode λ", 70000), DataKeyTypes.Hash("Ünïcode λ", 70000));
        Type key = DataKeyTypes.For("Node", 3);
        Assert.AreEqual(16, key.GetGenericArguments().Length);
        Assert.AreEqual("DataKeyDigit" + ((DataKeyTypes.Hash("Node", 3) & 0xF).ToString("X")), key.GetGenericArguments()[0].Name);
    }

    [TestMethod]
    [DataRow(1, 0)]
    [DataRow(2, 0)]
    [DataRow(2, 1)]
    [DataRow(3, 0)]
    [DataRow(3, 1)]
    [DataRow(3, 2)]
    public void TheShapeOfAnUnboxedField_HasTheField_AsALong(int arity, int at)
    {
        Type shape = DataShapes.For("Shaped", arity, at);
        Assert.AreEqual(typeof(long), shape.GetField(DataShapes.FieldName(at, at))!.FieldType);
        for (int i = 0; i < arity; i++)
        {
            Assert.AreEqual(i == at ? typeof(long) : typeof(object), shape.GetField(DataShapes.FieldName(i, at))!.FieldType);
        }

        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => DataShapes.For("Shaped", arity, arity));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => DataShapes.For("Wide", 4, 0));
    }

    [TestMethod]
    public void TheNumberOfFields_MustBeTheConstructorsArity()
    {
        var pair = new DataConstructor("Pair", 2);
        Assert.ThrowsExactly<ArgumentException>(() => DataValue.Create(pair, [1L]));
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
        var boxed = DataValue.Create(node, fields);

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
        Assert.IsFalse(RuntimeOps.Equal(unboxed, DataValue.Create(node, [.. fields.Select((f, i) => i == at ? 1L : f)])));
    }

    private static ulong ExpectedFnv(string name, int arity)
    {
        ulong hash = 0xcbf29ce484222325;
        byte[] bytes = [.. System.Text.Encoding.Unicode.GetBytes(name), .. BitConverter.GetBytes(arity)];
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 0x100000001b3;
        }

        return hash;
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
        var value = DataValue.Create("V", [3L, 2.5, "x"]);

        Assert.AreEqual(3L, value.FieldLong(0));
        Assert.ThrowsExactly<FluentAI.Runtime.Compiled.TypedCodeExit>(() => value.FieldLong(1));
        Assert.ThrowsExactly<FluentAI.Runtime.Compiled.TypedCodeExit>(() => value.FieldLong(2));
        Assert.AreEqual(4L, DataValue.Create("W", [1L, 2L, 3L, 4L]).FieldLong(3), "a value of more than three fields keeps them in an array");
    }

    [TestMethod]
    public void AnArrayOfFields_BecomesTheValuesOwn()
    {
        var wide = new DataConstructor("Wide", 4);
        DataValue value = wide.Make([1L, 2L, 3L, 4L]);
        Assert.AreEqual("(Wide 1 2 3 4)", Printer.Display(value));
    }
}
