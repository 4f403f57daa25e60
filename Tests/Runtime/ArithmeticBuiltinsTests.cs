using FluentAI.Runtime.Errors;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class ArithmeticBuiltinsTests
{
    [TestMethod]
    public void VariadicOperatorsFoldLeftWithIdentities()
    {
        Assert.AreEqual(0L, Call("+"));
        Assert.AreEqual(1L, Call("*"));
        Assert.AreEqual(10L, Call("+", 1L, 2L, 3L, 4L));
        Assert.AreEqual(-5L, Call("-", 5L));
        Assert.AreEqual(4L, Call("-", 10L, 5L, 1L));
        Assert.AreEqual(10L, Call("/", 100L, 2L, 5L));
        Assert.AreEqual(24.0, Call("*", 2L, 3L, 4.0));
        Assert.AreEqual(7L, Call("+", 7L));
    }

    [TestMethod]
    public void OperatorsCheckArityAndTypes()
    {
        RaisesCall(ErrorTypes.ArityMismatch, "Arity mismatch: expected at least 1, got 0", "-");
        RaisesCall(ErrorTypes.ArityMismatch, "Arity mismatch", "/", 1L);
        RaisesCall(ErrorTypes.ArityMismatch, "Arity mismatch: expected 2, got 3", "mod", 1L, 2L, 3L);
        RaisesCall(ErrorTypes.TypeMismatch, "expected Number, got Bool", "+", 1L, true);
        RaisesCall(ErrorTypes.TypeMismatch, "expected Number, got String", "+", "a");
        RaisesCall(ErrorTypes.TypeMismatch, "expected Number, got String", "*", "a");
        RaisesCall(ErrorTypes.DivisionByZero, "division by zero", "/", 10L, 0L);
        RaisesCall(ErrorTypes.DivisionByZero, "Modulo by zero", "mod", 5L, 0L);
    }

    [TestMethod]
    public void AbsMaxMinKeepTheWinningValue()
    {
        Assert.AreEqual(5L, Call("abs", -5L));
        Assert.AreEqual(2.5, Call("abs", -2.5));
        Assert.AreEqual(Big("9223372036854775808"), Call("abs", long.MinValue));
        Assert.AreEqual(7L, Call("max", 3L, 7L, 5L));
        Assert.AreEqual(7.5, Call("max", 3L, 7.5, 5L));
        Assert.AreEqual(-1L, Call("min", 3L, -1L, 5L));
        Assert.AreEqual(9L, Call("max", L(3L, 9L, 2L)));
        RaisesCall(ErrorTypes.TypeMismatch, "Type mismatch", "max", 1L, "a");
        RaisesCall(ErrorTypes.TypeMismatch, "Type mismatch", "abs", "a");
    }

    [TestMethod]
    public void ListAggregates()
    {
        Assert.AreEqual(6L, Call("sum", L(1L, 2L, 3L)));
        Assert.AreEqual(0L, Call("sum", L()));
        Assert.AreEqual(24L, Call("product", L(1L, 2L, 3L, 4L)));
        Assert.AreEqual(1L, Call("product", L()));
        Assert.AreEqual(2.5, Call("mean", L(1L, 2L, 3L, 4L)));
        RaisesCall(ErrorTypes.EmptyList, "Empty list", "mean", L());
        RaisesCall(ErrorTypes.TypeMismatch, "expected List", "sum", 5L);
        RaisesCall(ErrorTypes.TypeMismatch, "Type mismatch", "sum", L(1L, "a"));
    }

    [TestMethod]
    public void GcdLcmFactorialClamp()
    {
        Assert.AreEqual(6L, Call("gcd", 12L, 18L));
        Assert.AreEqual(6L, Call("gcd", -12L, 18L));
        Assert.AreEqual(12L, Call("lcm", 4L, 6L));
        Assert.AreEqual(0L, Call("lcm", 0L, 6L));
        Assert.AreEqual(10L, Call("clamp", 15L, 0L, 10L));
        Assert.AreEqual(0L, Call("clamp", -3L, 0L, 10L));
        Assert.AreEqual(5.5, Call("clamp", 5.5, 0L, 10L));
        RaisesCall(ErrorTypes.DomainError, "Domain error", "factorial", -1L);
        RaisesCall(ErrorTypes.TypeMismatch, "expected Int", "gcd", 1.5, 2L);
    }
}
