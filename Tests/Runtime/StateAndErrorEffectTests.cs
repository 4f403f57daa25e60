using FluentAI.Runtime;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class StateAndErrorEffectTests
{
    [TestMethod]
    public void StateSetReturnsTheOldValueAndGetIsNilWhenMissing()
    {
        using var scope = new ContextScope();
        Assert.IsNull(Call("state:get", "nothing-here"));
        Assert.IsNull(Call("state:set", "k", 1L));
        Assert.AreEqual(1L, Call("state:set", "k", 2L));
        Assert.AreEqual(2L, Call("state:get", "k"));
    }

    [TestMethod]
    public void StateUpdateStoresAndReturnsTheNewValue()
    {
        using var scope = new ContextScope();
        Assert.AreEqual(true, Call("state:update", "n", Fn(old => old is null)));
        Call("state:set", "c", 10L);
        Assert.AreEqual(11L, Call("state:update", "c", Fn(old => RuntimeOps.Add(old, 1L))));
        Assert.AreEqual(11L, Call("state:get", "c"));
        RaisesCall(ErrorTypes.TypeMismatch, "expected Function", "state:update", "c", 1L);
    }

    [TestMethod]
    public void StateDeleteReturnsTheRemovedValue()
    {
        using var scope = new ContextScope();
        Call("state:set", "k", "v");
        Assert.AreEqual("v", Call("state:delete", "k"));
        Assert.IsNull(Call("state:delete", "k"));
        Assert.IsNull(Call("state:get", "k"));
    }

    [TestMethod]
    public void StateKeysAreStructural()
    {
        using var scope = new ContextScope();
        Call("state:set", L(1L, "a"), "list-key");
        Call("state:set", 1L, "one");
        Assert.AreEqual("list-key", Call("state:get", L(1L, "a")));
        Assert.AreEqual("one", Call("state:get", 1.0));
    }

    [TestMethod]
    public void StateIsPerContext()
    {
        using (new ContextScope())
        {
            Call("state:set", "k", 1L);
        }

        using var second = new ContextScope();
        Assert.IsNull(Call("state:get", "k"));
    }

    [TestMethod]
    public void ErrorRaiseThrowsAnErrorValueWithOptionalData()
    {
        var error = RaisesCall("oops", "bad thing", "error:raise", "oops", "bad thing");
        Assert.IsFalse(error.HasData);
        Assert.AreEqual("(error \"oops\" \"bad thing\")", FluentAI.Runtime.Printing.Printer.Display(error));
        var withData = RaisesCall("io-failure", "disk full", "error:raise", "io-failure", "disk full", L(1L));
        Assert.IsTrue(withData.HasData);
        Assert.AreEqual("[1]", FluentAI.Runtime.Printing.Printer.Display(withData.Data));
        Assert.AreEqual("t", RaisesCall("t", "t", "error:raise", "t").Message);
    }

    [TestMethod]
    public void ErrorAccessorsReadErrorValues()
    {
        var error = new ErrorValue("t", "m", 5L, true);
        Assert.AreEqual("t", Call("error-type", error));
        Assert.AreEqual("m", Call("error-message", error));
        Assert.AreEqual(5L, Call("error-data", error));
        RaisesCall(ErrorTypes.TypeMismatch, "expected Error, got String", "error-type", "t");
    }

    [TestMethod]
    public void TryRecoverUsesTheCatchHandlerOfTheErrorType()
    {
        using var scope = new ContextScope();
        Assert.IsNull(Call("error:catch", "oops", Fn(err => RuntimeOps.Bool(err is ErrorValue { Message: "ignored" }))));
        var ex = Assert.ThrowsExactly<FluentException>(() => Call("error:raise", "oops", "ignored"));
        Assert.IsTrue(scope.Context.TryRecover(ex, out var value));
        Assert.AreEqual(true, value);
    }

    [TestMethod]
    public void TryRecoverFailsWithoutACatchHandlerOfThatType()
    {
        using var scope = new ContextScope();
        Call("error:catch", "other", Fn(_ => 1L));
        var ex = Assert.ThrowsExactly<FluentException>(() => RuntimeOps.Div(1L, 0L));
        Assert.IsFalse(scope.Context.TryRecover(ex, out var value));
        Assert.IsNull(value);
    }

    [TestMethod]
    public void TryRecoverDefersToAHandlerFrameWithAnErrorEntry()
    {
        using var scope = new ContextScope();
        Call("error:catch", ErrorTypes.DivisionByZero, Fn(_ => 1L));
        var ex = Assert.ThrowsExactly<FluentException>(() => RuntimeOps.Div(1L, 0L));
        scope.Context.Handlers = new HandlerFrame(new Dictionary<string, FunctionValue> { ["error"] = Fn(_ => 2L) }, null);
        Assert.IsFalse(scope.Context.TryRecover(ex, out _));
        scope.Context.Handlers = new HandlerFrame(new Dictionary<string, FunctionValue> { ["io"] = Fn(_ => 2L) }, null);
        Assert.IsTrue(scope.Context.TryRecover(ex, out var value));
        Assert.AreEqual(1L, value);
    }

    [TestMethod]
    public void ErrorFactoriesUseTheSpecifiedTypesAndMessages()
    {
        Assert.AreEqual("Undefined variable: y", RuntimeErrors.UndefinedVariable("y").Error.Message);
        Assert.AreEqual(ErrorTypes.UndefinedVariable, RuntimeErrors.UndefinedVariable("y").Error.Type);
        Assert.AreEqual("Cannot apply non-function: \"abc\"", RuntimeErrors.NotAFunction("abc").Error.Message);
        Assert.AreEqual("No patterns matched value: (Some 1)", RuntimeErrors.NoMatch(DataValue.Create("Some", [1L])).Error.Message);
        Assert.AreEqual(ErrorTypes.NoMatch, RuntimeErrors.NoMatch(1L).Error.Type);
        Assert.AreEqual("Stack overflow: recursion too deep", RuntimeErrors.StackOverflow().Error.Message);
        Assert.AreEqual(ErrorTypes.StackOverflow, RuntimeErrors.StackOverflow().Error.Type);
        Assert.AreEqual("Arity mismatch: expected 2, got 3", RuntimeErrors.Arity(2, 3).Error.Message);
        Assert.AreEqual("Arity mismatch: expected 1-2, got 3", RuntimeErrors.Arity(1, 2, 3).Error.Message);
        Assert.AreEqual(ErrorTypes.ContractViolation, RuntimeErrors.ContractViolation("Precondition violation in f: (!= y 0)").Error.Type);
        Assert.AreEqual("Type mismatch: expected Number, got String", RuntimeErrors.TypeMismatch("Number", "s").Error.Message);
        Assert.AreEqual("Type mismatch: expected List, got Some", RuntimeErrors.TypeMismatch("List", DataValue.Create("Some", [1L])).Error.Message);
    }
}
