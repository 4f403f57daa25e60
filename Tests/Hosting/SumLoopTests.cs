using FluentAI.Compiler.Hosting;
using FluentAI.Runtime.Printing;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// A counting loop that sums a term runs in typed code four counts at a time, into partial sums (<c>SumLoop</c>).
/// Every mode must give the VM's value: with fewer than four counts, at the ends of the integer range, where a
/// partial sum or the whole sum overflows (the exact sum, through the boxed rerun), and in every shape of the loop.
/// </summary>
[TestClass]
public sealed class SumLoopTests
{
    private const string Sum = "(define (sum i n acc) (if (> i n) acc (sum (+ i 1) n (+ acc i))))";
    private const string Scaled = "(define (scaled i n acc k) (if (> i n) acc (scaled (+ 1 i) n (+ (* i k) acc) k)))";
    private const string Squares = "(define (squares n i acc) (if (<= i n) (squares n (+ i 1) (+ acc (- (* i i) 1))) acc))";
    private const string FromAbove = "(define (down i n acc) (if (< n i) acc (down (+ i 1) n (+ acc 7))))";

    [TestMethod]
    [DataRow(Sum, "(sum 1 10 0)", "55")]
    [DataRow(Sum, "(sum 1 1000000 0)", "500000500000")]
    [DataRow(Sum, "(sum 1 3 0)", "6")]
    [DataRow(Sum, "(sum 1 4 0)", "10")]
    [DataRow(Sum, "(sum 1 5 100)", "115")]
    [DataRow(Sum, "(sum 5 4 0)", "0")]
    [DataRow(Sum, "(sum 7 7 1)", "8")]
    [DataRow(Sum, "(sum -10 10 0)", "0")]
    [DataRow(Sum, "(sum -1000 7 3)", "-500469")]
    [DataRow(Sum, "(sum 9223372036854775800 9223372036854775806 0)", "64563604257983430621")]
    [DataRow(Sum, "(sum 9223372036854775800 9223372036854775807 0)", "73786976294838206428")]
    [DataRow(Sum, "(sum -9223372036854775808 -9223372036854775800 0)", "-83010348331692982236")]
    [DataRow(Sum, "(sum -10 10 -9223372036854775803)", "-9223372036854775803")]
    [DataRow(Sum, "(sum 1 9 9223372036854775760)", "9223372036854775805")]
    [DataRow(Sum, "(sum 1 10 9223372036854775760)", "9223372036854775815")]
    [DataRow(Sum, "(sum 1 12 2.5)", "80.5")]
    [DataRow(Scaled, "(scaled 1 100 0 3)", "15150")]
    [DataRow(Scaled, "(scaled 1 9 0 1152921504606846976)", "51881467707308113920")]
    [DataRow(Scaled, "(scaled 1 9 0 -1152921504606846976)", "-51881467707308113920")]
    [DataRow(Squares, "(squares 1000 1 0)", "333832500")]
    [DataRow(Squares, "(squares 2 1 0)", "3")]
    [DataRow(Squares, "(squares 3037000500 3037000495 0)", "55340232130891485049")]
    [DataRow(FromAbove, "(down 1 1001 0)", "7007")]
    [DataRow(FromAbove, "(down 3 2 5)", "5")]
    public void EveryModeGivesTheVmsSum(string definitions, string call, string expected)
    {
        EngineModes.AssertTheSameValueInEveryMode(definitions, call, expected);
    }

    [TestMethod]
    public void ACallFromTheHost_SumsOnItsThread()
    {
        FluentEngine engine = EngineModes.New(EngineModes.Dynamic);
        engine.Eval(Sum);
        Assert.AreEqual(50000005000000L, engine.Call("sum", 1, 10_000_000, 0));
        Assert.AreEqual("73786976294838206428", Printer.Display(engine.Call("sum", 9223372036854775800, long.MaxValue, 0)));
    }
}
