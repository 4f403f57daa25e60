using FluentAI.Runtime;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class PrinterTests
{
    [TestMethod]
    [DataRow(1.0, "1.0")]
    [DataRow(0.1, "0.1")]
    [DataRow(3.5, "3.5")]
    [DataRow(100.0, "100.0")]
    [DataRow(-0.5, "-0.5")]
    [DataRow(0.125, "0.125")]
    [DataRow(0.30000000000000004, "0.30000000000000004")]
    [DataRow(1e16, "1e+16")]
    [DataRow(1e15, "1000000000000000.0")]
    [DataRow(9999999999999998.0, "9999999999999998.0")]
    [DataRow(1e-5, "1e-05")]
    [DataRow(0.0001, "0.0001")]
    [DataRow(0.00012, "0.00012")]
    [DataRow(2.5e-7, "2.5e-07")]
    [DataRow(1e-7, "1e-07")]
    [DataRow(1e100, "1e+100")]
    [DataRow(1.5e300, "1.5e+300")]
    [DataRow(-1.5e300, "-1.5e+300")]
    [DataRow(1e20, "1e+20")]
    [DataRow(1e-300, "1e-300")]
    [DataRow(5e-324, "5e-324")]
    [DataRow(1.7976931348623157e308, "1.7976931348623157e+308")]
    [DataRow(123456789.125, "123456789.125")]
    [DataRow(12345678.0, "12345678.0")]
    [DataRow(9007199254740993.0, "9007199254740992.0")]
    [DataRow(123456789012345678.0, "1.2345678901234568e+17")]
    [DataRow(18446744073709551616.0, "1.8446744073709552e+19")]
    [DataRow(1.0 / 3, "0.3333333333333333")]
    [DataRow(2.0 / 3, "0.6666666666666666")]
    [DataRow(0.0, "0.0")]
    [DataRow(-0.0, "-0.0")]
    [DataRow(double.PositiveInfinity, "inf")]
    [DataRow(double.NegativeInfinity, "-inf")]
    [DataRow(double.NaN, "nan")]
    public void FloatsUseShortestRoundTripDigitsWithPythonStyleLayout(double value, string expected)
    {
        Assert.AreEqual(expected, Printer.Display(value));
    }

    [TestMethod]
    public void FloatsInsideContainersUseTheSameFormat()
    {
        Assert.AreEqual("[0.5 1e-07]", Printer.Display(L(0.5, 1e-7)));
    }

    [TestMethod]
    public void IntegersAndBigIntegersPrintInDecimal()
    {
        Assert.AreEqual("-17", Printer.Display(-17L));
        Assert.AreEqual("9999999999800000000001", Printer.Display(Big("9999999999800000000001")));
    }

    [TestMethod]
    public void BooleansPrintAsHashTAndHashF()
    {
        Assert.AreEqual("#t", Printer.Display(true));
        Assert.AreEqual("#f", Printer.Display(RuntimeOps.False));
    }

    [TestMethod]
    public void StringsAreQuotedWithoutEscapingButRawInDisplayRaw()
    {
        Assert.AreEqual("\"say \"hi\"\"", Printer.Display("say \"hi\""));
        Assert.AreEqual("a\nb", Printer.DisplayRaw("a\nb"));
        Assert.AreEqual("\"a\nb\"", Printer.Display("a\nb"));
        Assert.AreEqual("[1 2]", Printer.DisplayRaw(L(1L, 2L)));
    }

    [TestMethod]
    public void ListsTuplesAndDataValuesDisplayLikeTheSpec()
    {
        Assert.AreEqual("[1 2 \"a\" #t]", Printer.Display(L(1L, 2L, "a", true)));
        Assert.AreEqual("[]", Printer.Display(FluentList.Empty));
        Assert.AreEqual("(tuple 1 \"a\")", Printer.Display(new FluentTuple([1L, "a"])));
        Assert.AreEqual("(tuple)", Printer.Display(FluentTuple.Empty));
        Assert.AreEqual("(tuple 1 (tuple 2.5 #t) [3 \"x\"])", Printer.Display(new FluentTuple([1L, new FluentTuple([2.5, true]), L(3L, "x")])));
        var leaf = new DataConstructor("Leaf", 0).Invoke();
        Assert.AreEqual("(Node (Leaf) 3 (Leaf))", Printer.Display(DataValue.Create("Node", [leaf, 3L, leaf])));
        Assert.AreEqual("(Some 5)", Printer.Display(DataValue.Create("Some", [5L])));
    }

    [TestMethod]
    public void NilIsNilInsideContainersAndEmptyTextAlone()
    {
        Assert.AreEqual("[nil 1]", Printer.Display(L(null, 1L)));
        Assert.AreEqual("nil", Printer.Display(null));
    }

    [TestMethod]
    public void DictsAndSetsDisplayInInsertionOrder()
    {
        var dict = FluentDict.Empty.Set("z", L(1L, 2L)).Set("y", "s");
        Assert.AreEqual("{\"z\" [1 2], \"y\" \"s\"}", Printer.Display(dict));
        Assert.AreEqual("{}", Printer.Display(FluentDict.Empty));
        Assert.AreEqual("#{3 1 2}", Printer.Display(FluentSet.FromEnumerable([3L, 1L, 3L, 2L, 1L])));
        Assert.AreEqual("#{}", Printer.Display(FluentSet.Empty));
    }

    [TestMethod]
    public void FunctionsDisplayAsFunctionMarker()
    {
        Assert.AreEqual("<function>", Printer.Display(new DataConstructor("Some", 1)));
        Assert.AreEqual("[<function>]", Printer.Display(L(Fn(x => x))));
    }

    [TestMethod]
    public void ErrorValuesShowDataOnlyWhenGiven()
    {
        Assert.AreEqual("(error \"oops\" \"bad thing\")", Printer.Display(new ErrorValue("oops", "bad thing")));
        Assert.AreEqual("(error \"t\" \"m\" nil)", Printer.Display(new ErrorValue("t", "m", null, true)));
        Assert.AreEqual("(error \"t\" \"m\" [1])", Printer.Display(new ErrorValue("t", "m", L(1L), true)));
    }

    [TestMethod]
    public void DisplayOfLongListDoesNotRecurse()
    {
        var list = FluentList.Empty;
        for (int i = 0; i < 200_000; i++)
        {
            list = FluentList.Cons(1L, list);
        }

        Assert.AreEqual(200_000 * 2 + 1, Printer.Display(list).Length);
    }
}

[TestClass]
public sealed class DeepValueTests
{
    private static object Nest(int depth)
    {
        object value = DataValue.Create("Leaf", []);
        for (int i = 0; i < depth; i++)
        {
            value = DataValue.Create("Node", [value]);
        }

        return value;
    }

    [TestMethod]
    public void VeryDeepValuesRaiseStackOverflowInsteadOfCrashing()
    {
        // Run on a small stack so the guard trips quickly and deterministically.
        var deep = Nest(1_000_000);
        FluentException? displayError = null;
        FluentException? equalError = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Printer.Display(deep);
                }
                catch (FluentException ex)
                {
                    displayError = ex;
                }

                try
                {
                    RuntimeOps.Equal(deep, Nest(1_000_000));
                }
                catch (FluentException ex)
                {
                    equalError = ex;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        Assert.AreEqual(ErrorTypes.StackOverflow, displayError?.Error.Type);
        Assert.AreEqual(ErrorTypes.StackOverflow, equalError?.Error.Type);
    }

    [TestMethod]
    public void ModeratelyDeepValuesStillWork()
    {
        Assert.IsTrue(RuntimeOps.Equal(Nest(1000), Nest(1000)));
        Assert.StartsWith("(Node (Node", Printer.Display(Nest(1000)));
    }
}
