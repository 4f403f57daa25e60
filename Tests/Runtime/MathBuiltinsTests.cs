using FluentAI.Runtime.Errors;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class MathBuiltinsTests
{
    [TestMethod]
    public void FloatFunctionsReturnFloats()
    {
        Assert.AreEqual(4.0, Call("sqrt", 16L));
        Assert.AreEqual(1024.0, Call("pow", 2L, 10L));
        Assert.AreEqual(1.0, Call("exp", 0L));
        Assert.AreEqual(3.0, Call("log10", 1000L));
        Assert.AreEqual(10.0, Call("log2", 1024L));
        Assert.AreEqual(3.0, (double)Call("log", 8L, 2L)!, 1e-12);
        Assert.AreEqual(1.0, (double)Call("log", Math.E)!, 1e-12);
        Assert.AreEqual(0.0, Call("sin", 0L));
        Assert.AreEqual(1.0, Call("cos", 0L));
        Assert.AreEqual(0.0, Call("tan", 0L));
        Assert.AreEqual(Math.PI / 2, Call("asin", 1L));
        Assert.AreEqual(0.0, Call("acos", 1L));
        Assert.AreEqual(Math.PI / 4, Call("atan", 1L));
        Assert.AreEqual(Math.PI / 4, Call("atan2", 1L, 1L));
        Assert.AreEqual(5.0, Call("hypot", 3L, 4L));
        Assert.AreEqual(Math.PI, Call("pi"));
        Assert.AreEqual(Math.E, Call("e"));
        Assert.AreEqual(2 * Math.PI, Call("tau"));
    }

    [TestMethod]
    public void DomainErrors()
    {
        RaisesCall(ErrorTypes.DomainError, "Domain error", "sqrt", -1L);
        RaisesCall(ErrorTypes.DomainError, "Domain error", "log", 0L);
        RaisesCall(ErrorTypes.DomainError, "Domain error", "asin", 2L);
        RaisesCall(ErrorTypes.TypeMismatch, "expected Number, got String", "sqrt", "4");
    }

    [TestMethod]
    public void RoundingReturnsIntegersAndRoundIsBankers()
    {
        Assert.AreEqual(2L, Call("floor", 2.7));
        Assert.AreEqual(-3L, Call("floor", -2.1));
        Assert.AreEqual(3L, Call("ceil", 2.1));
        Assert.AreEqual(2L, Call("round", 2.5));
        Assert.AreEqual(4L, Call("round", 3.5));
        Assert.AreEqual(-2L, Call("round", -2.5));
        Assert.AreEqual(7L, Call("round", 7L));
        Assert.AreEqual(Big("100000000000000000000"), Call("floor", 1e20));
        RaisesCall(ErrorTypes.DomainError, "Domain error", "floor", double.PositiveInfinity);
        RaisesCall(ErrorTypes.TypeMismatch, "Type mismatch", "round", "2.5");
    }

    [TestMethod]
    public void RoundToRoundsToDigits()
    {
        Assert.AreEqual(3.14, Call("round-to", 3.14159, 2L));
        Assert.AreEqual(1200.0, Call("round-to", 1234.5, -2L));
        Assert.AreEqual(3.0, Call("round-to", 3L, 0L));
    }

    [TestMethod]
    public void SingleArgumentMathFunctionsCheckArity()
    {
        RaisesCall(ErrorTypes.ArityMismatch, "Arity mismatch: expected 1, got 2", "sqrt", 1L, 2L);
        RaisesCall(ErrorTypes.ArityMismatch, "Arity mismatch: expected 1-2, got 3", "log", 1L, 2L, 3L);
        RaisesCall(ErrorTypes.ArityMismatch, "Arity mismatch: expected 0, got 1", "pi", 1L);
    }
}
