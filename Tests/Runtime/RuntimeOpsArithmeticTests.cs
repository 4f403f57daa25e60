using System.Numerics;
using FluentAI.Runtime;
using FluentAI.Runtime.Errors;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class RuntimeOpsArithmeticTests
{
    [TestMethod]
    public void BoxSharesSmallIntegerBoxesOnly()
    {
        Assert.AreSame(RuntimeOps.Box(5), RuntimeOps.Box(5));
        Assert.AreSame(RuntimeOps.Box(-1024), RuntimeOps.Box(-1024));
        Assert.AreSame(RuntimeOps.Box(1023), RuntimeOps.Box(1023));
        Assert.AreNotSame(RuntimeOps.Box(1024), RuntimeOps.Box(1024));
        Assert.AreEqual(123456789L, RuntimeOps.Box(123456789));
        Assert.AreSame(RuntimeOps.True, RuntimeOps.Bool(true));
        Assert.AreSame(RuntimeOps.False, RuntimeOps.Bool(false));
    }

    [TestMethod]
    public void IntegerArithmeticStaysLong()
    {
        Assert.AreEqual(5L, RuntimeOps.Add(2L, 3L));
        Assert.AreEqual(-1L, RuntimeOps.Sub(2L, 3L));
        Assert.AreEqual(6L, RuntimeOps.Mul(2L, 3L));
        Assert.AreEqual(-5L, RuntimeOps.Negate(5L));
    }

    [TestMethod]
    public void OverflowPromotesToBigInteger()
    {
        Assert.AreEqual(new BigInteger(long.MaxValue) + 1, RuntimeOps.Add(long.MaxValue, 1L));
        Assert.AreEqual(new BigInteger(long.MinValue) - 1, RuntimeOps.Sub(long.MinValue, 1L));
        Assert.AreEqual(new BigInteger(long.MaxValue) * 2, RuntimeOps.Mul(long.MaxValue, 2L));
        Assert.AreEqual(new BigInteger(long.MinValue) * -1, RuntimeOps.Mul(long.MinValue, -1L));
        Assert.AreEqual(-new BigInteger(long.MinValue), RuntimeOps.Negate(long.MinValue));
        Assert.AreEqual(-new BigInteger(long.MinValue), RuntimeOps.Div(long.MinValue, -1L));
    }

    [TestMethod]
    public void MultiplicationNearTheLimitsIsExact()
    {
        Assert.AreEqual(long.MinValue, RuntimeOps.Mul(long.MinValue / 2, 2L));
        Assert.AreEqual(-4611686018427387904L * 2, RuntimeOps.Mul(-2L, 4611686018427387904L));
        Assert.AreEqual(Big("9223372036854775808"), RuntimeOps.Mul(-2L, -4611686018427387904L));
        Assert.AreEqual(Big("85070591730234615847396907784232501249"), RuntimeOps.Mul(long.MaxValue, long.MaxValue));
    }

    [TestMethod]
    public void BigIntegerResultsNormalizeBackToLong()
    {
        object big = RuntimeOps.Add(long.MaxValue, 1L);
        Assert.IsInstanceOfType<BigInteger>(big);
        object back = RuntimeOps.Sub(big, 1L);
        Assert.IsInstanceOfType<long>(back);
        Assert.AreEqual(long.MaxValue, back);
        Assert.AreEqual(0L, RuntimeOps.Sub(big, big));
        Assert.IsInstanceOfType<long>(RuntimeOps.Div(big, 2L));
        Assert.IsInstanceOfType<long>(RuntimeOps.Negate(-new BigInteger(long.MinValue)));
    }

    [TestMethod]
    public void FactorialOf25IsExact()
    {
        Assert.AreEqual(Big("15511210043330985984000000"), Call("factorial", 25L));
        Assert.AreEqual(3628800L, Call("factorial", 10L));
        Assert.AreEqual(1L, Call("factorial", 0L));
    }

    [TestMethod]
    public void AnyFloatOperandGivesFloat()
    {
        Assert.AreEqual(3.5, RuntimeOps.Add(1L, 2.5));
        Assert.AreEqual(1e20 + 0.5, RuntimeOps.Add(Big("100000000000000000000"), 0.5));
        Assert.AreEqual(2.5e19, RuntimeOps.Div(Big("100000000000000000000"), 4.0));
        Assert.AreEqual(-2.0, RuntimeOps.Mul(2L, -1.0));
    }

    [TestMethod]
    public void IntegerDivisionTruncatesTowardZero()
    {
        Assert.AreEqual(3L, RuntimeOps.Div(7L, 2L));
        Assert.AreEqual(-3L, RuntimeOps.Div(-7L, 2L));
        Assert.AreEqual(-3L, RuntimeOps.Div(7L, -2L));
        Assert.AreEqual(3.5, RuntimeOps.Div(7L, 2.0));
        Assert.AreEqual(Big("50000000000000000000"), RuntimeOps.Div(Big("100000000000000000000"), 2L));
        Assert.AreEqual(-1L, RuntimeOps.Div(Big("-100000000000000000001"), Big("100000000000000000000")));
    }

    [TestMethod]
    public void DivisionByZeroIsAnErrorForIntsAndFloats()
    {
        Raises(ErrorTypes.DivisionByZero, "division by zero", () => RuntimeOps.Div(1L, 0L));
        Raises(ErrorTypes.DivisionByZero, "division by zero", () => RuntimeOps.Div(1.0, 0.0));
        Raises(ErrorTypes.DivisionByZero, "division by zero", () => RuntimeOps.Div(Big("100000000000000000000"), 0L));
    }

    [TestMethod]
    public void ModIsFlooredAndChecksZero()
    {
        Assert.AreEqual(2L, RuntimeOps.Mod(-7L, 3L));
        Assert.AreEqual(-2L, RuntimeOps.Mod(7L, -3L));
        Assert.AreEqual(1L, RuntimeOps.Mod(7L, 3L));
        Assert.AreEqual(0L, RuntimeOps.Mod(long.MinValue, -1L));
        Assert.AreEqual(2.0, RuntimeOps.Mod(-7.0, 3L));
        Assert.AreEqual(1.5, RuntimeOps.Mod(7.5, 3L));
        Assert.AreEqual(Big("99999999999999999999"), RuntimeOps.Mod(-1L, Big("100000000000000000000")));
        Raises(ErrorTypes.DivisionByZero, "Modulo by zero", () => RuntimeOps.Mod(5L, 0L));
        Raises(ErrorTypes.DivisionByZero, "Modulo by zero", () => RuntimeOps.Mod(5.0, 0.0));
    }

    [TestMethod]
    public void BooleansAndStringsAreNotNumbers()
    {
        Raises(ErrorTypes.TypeMismatch, "Type mismatch: expected Number, got Bool", () => RuntimeOps.Add(1L, true));
        Raises(ErrorTypes.TypeMismatch, "Type mismatch: expected Number, got String", () => RuntimeOps.Add(1L, "a"));
        Raises(ErrorTypes.TypeMismatch, "got Nil", () => RuntimeOps.Mul(null, 2L));
        Raises(ErrorTypes.TypeMismatch, "Type mismatch", () => RuntimeOps.Negate("x"));
        Raises(ErrorTypes.TypeMismatch, "Type mismatch", () => RuntimeOps.Div(true, 1L));
        Raises(ErrorTypes.TypeMismatch, "Type mismatch", () => RuntimeOps.Mod(1L, "2"));
    }

    [TestMethod]
    public void TruthinessFollowsTheSpec()
    {
        object?[] falsy = [false, null, 0L, 0.0, "", FluentAI.Runtime.Values.FluentList.Empty, FluentAI.Runtime.Values.FluentTuple.Empty,
            FluentAI.Runtime.Values.FluentDict.Empty, FluentAI.Runtime.Values.FluentSet.Empty];
        foreach (var v in falsy)
        {
            Assert.IsFalse(RuntimeOps.IsTruthy(v), FluentAI.Runtime.Printing.Printer.Display(v));
        }

        object?[] truthy = [true, 1L, -0.5, "a", L(0L), Big("100000000000000000000"), Fn(x => x), FluentAI.Runtime.Values.DataValue.Create("None", [])];
        foreach (var v in truthy)
        {
            Assert.IsTrue(RuntimeOps.IsTruthy(v), FluentAI.Runtime.Printing.Printer.Display(v));
        }
    }
}
