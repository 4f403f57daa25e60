using System.Reflection.Emit;
using FluentAI.Compiler.Emit;

namespace FluentAI.Tests.Emit;

/// <summary>The debug-build IL checker: stack depth, labels, returns and exception blocks; bad IL throws, good IL passes through unchanged.</summary>
[TestClass]
public sealed class VerifyingILWriterTests
{
    private static readonly FakeMethod ReturnsObject = new("returns-object", typeof(object), typeof(object));
    private static readonly FakeMethod ReturnsVoid = new("returns-void", typeof(void));

    private static (VerifyingILWriter Verifier, RecordingILWriter Inner) Writer(EmittedMethod? method = null)
    {
        var inner = new RecordingILWriter();
        return (new VerifyingILWriter(inner, method ?? ReturnsObject), inner);
    }

    private static void AssertInvalid(string expectedMessage, Action action)
    {
        var error = Assert.ThrowsExactly<InvalidOperationException>(action);
        StringAssert.Contains(error.Message, expectedMessage);
    }

    [TestMethod]
    public void StackUnderflow_Throws()
    {
        (VerifyingILWriter il, _) = Writer();
        il.Emit(OpCodes.Ldc_I4_1);
        AssertInvalid("invalid IL in returns-object: add pops 2 with stack depth 1", () => il.Emit(OpCodes.Add));
    }

    [TestMethod]
    public void PopOnAnEmptyStack_Throws()
    {
        (VerifyingILWriter il, _) = Writer();
        AssertInvalid("pop pops 1 with stack depth 0", () => il.Emit(OpCodes.Pop));
    }

    [TestMethod]
    public void ACallWithTooFewArguments_Throws()
    {
        (VerifyingILWriter il, _) = Writer();
        il.Emit(OpCodes.Ldc_I8, 1L);
        AssertInvalid("call pops 2 with stack depth 1", () => il.Emit(OpCodes.Call, typeof(Math).GetMethod(nameof(Math.Max), [typeof(long), typeof(long)])!));
    }

    [TestMethod]
    public void AStructConstructorCalledOnAnAddress_PopsTheAddressAndPushesNothing()
    {
        (VerifyingILWriter il, _) = Writer();
        ILLocal builder = il.DeclareLocal(typeof(FluentAI.Runtime.Values.FluentList.LongBuilder));
        il.Emit(OpCodes.Ldloca, builder);
        il.Emit(OpCodes.Ldc_I4, 4);
        il.Emit(OpCodes.Call, typeof(FluentAI.Runtime.Values.FluentList.LongBuilder).GetConstructor([typeof(int)])!);
        AssertInvalid("pop pops 1 with stack depth 0", () => il.Emit(OpCodes.Pop));
    }

    [TestMethod]
    public void ACallOfAGeneratedMethodWithTooFewArguments_Throws()
    {
        (VerifyingILWriter il, _) = Writer();
        il.Emit(OpCodes.Ldnull);
        AssertInvalid("call pops 2 with stack depth 1", () => il.Emit(OpCodes.Call, new FakeMethod("two", typeof(object), typeof(object), typeof(object))));
    }

    [TestMethod]
    public void AForwardBranchAndTheFallThroughWithDifferentDepths_Throw()
    {
        (VerifyingILWriter il, _) = Writer();
        ILLabel label = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Brtrue, label); // depth 0 at the label
        il.Emit(OpCodes.Ldnull); // falls through with depth 1
        AssertInvalid($"label L{label.Id} reached with stack depth 1 and 0", () => il.MarkLabel(label));
    }

    [TestMethod]
    public void TwoBranchesWithDifferentDepths_Throw()
    {
        (VerifyingILWriter il, _) = Writer();
        ILLabel label = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Brtrue, label);
        il.Emit(OpCodes.Ldnull);
        AssertInvalid($"branch to L{label.Id} with stack depth 1, expected 0", () => il.Emit(OpCodes.Br, label));
    }

    [TestMethod]
    public void ABackwardBranchWithADifferentDepth_Throws()
    {
        (VerifyingILWriter il, _) = Writer();
        ILLabel start = il.DefineLabel();
        il.MarkLabel(start);
        il.Emit(OpCodes.Ldnull);
        AssertInvalid($"branch to L{start.Id} with stack depth 1, expected 0", () => il.Emit(OpCodes.Br, start));
    }

    [TestMethod]
    public void RetWithAnEmptyStackInAMethodThatReturnsAValue_Throws()
    {
        (VerifyingILWriter il, _) = Writer();
        AssertInvalid("ret with stack depth 0, expected 1", () => il.Emit(OpCodes.Ret));
    }

    [TestMethod]
    public void RetWithAnExtraValue_Throws()
    {
        (VerifyingILWriter il, _) = Writer();
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ldnull);
        AssertInvalid("ret with stack depth 2, expected 1", () => il.Emit(OpCodes.Ret));
    }

    [TestMethod]
    public void RetWithAValueFromAVoidMethod_Throws()
    {
        (VerifyingILWriter il, _) = Writer(ReturnsVoid);
        il.Emit(OpCodes.Ldc_I4_0);
        AssertInvalid("ret with stack depth 1, expected 0", () => il.Emit(OpCodes.Ret));
    }

    [TestMethod]
    public void ABranchToALabelThatIsNeverMarked_FailsAtComplete()
    {
        (VerifyingILWriter il, _) = Writer();
        ILLabel nowhere = il.DefineLabel();
        il.Emit(OpCodes.Br, nowhere);
        AssertInvalid($"label L{nowhere.Id} is branched to but never marked", il.Complete);
    }

    [TestMethod]
    public void ATryOnANonEmptyStack_Throws()
    {
        (VerifyingILWriter il, _) = Writer();
        il.Emit(OpCodes.Ldnull);
        AssertInvalid("try with stack depth 1, expected 0", il.BeginTry);
    }

    [TestMethod]
    public void GoodIL_PassesAndIsForwardedUnchanged()
    {
        // if (arg0 != null) { try { result = Parse(arg0) } catch (FormatException) { pop; leave otherwise } return result } otherwise: return null
        (VerifyingILWriter il, RecordingILWriter inner) = Writer();
        ILLabel otherwise = il.DefineLabel();
        ILLocal result = il.DeclareLocal(typeof(object));
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Brfalse, otherwise);
        il.BeginTry();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Castclass, typeof(string));
        il.Emit(OpCodes.Call, typeof(long).GetMethod(nameof(long.Parse), [typeof(string)])!);
        il.Emit(OpCodes.Box, typeof(long));
        il.Emit(OpCodes.Stloc, result);
        il.BeginCatch(typeof(FormatException));
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Leave, otherwise);
        il.EndTry();
        il.Emit(OpCodes.Ldloc, result);
        il.Emit(OpCodes.Ret);
        il.MarkLabel(otherwise);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ret);
        il.Complete();

        CollectionAssert.AreEqual(
            new[]
            {
                "ldarg.0", "brfalse L0", ".try", "ldarg.0", "castclass String", "call Parse", "box Int64", "stloc V0",
                ".catch FormatException", "pop", "leave L0", ".end", "ldloc V0", "ret", "L0:", "ldnull", "ret",
            },
            inner.Lines);
    }

    [TestMethod]
    public void ALoopWithAConditionalExit_Passes()
    {
        // while (arg0 > 0) arg0 = arg0 - 1; return tail. identity(arg0)
        (VerifyingILWriter il, RecordingILWriter inner) = Writer(new FakeMethod("loop", typeof(long), typeof(long)));
        ILLabel start = il.DefineLabel();
        ILLabel done = il.DefineLabel();
        il.MarkLabel(start);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I8, 0L);
        il.Emit(OpCodes.Ble, done);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I8, 1L);
        il.Emit(OpCodes.Sub_Ovf);
        il.Emit(OpCodes.Starg, 0);
        il.Emit(OpCodes.Br, start);
        il.MarkLabel(done);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Tailcall);
        il.Emit(OpCodes.Call, new FakeMethod("identity", typeof(long), typeof(long)));
        il.Emit(OpCodes.Ret);
        il.Complete();

        Assert.AreEqual(14, inner.Lines.Count, string.Join("\n", inner.Lines));
        CollectionAssert.AreEqual(new[] { "tail.", "call identity", "ret" }, inner.Lines.TakeLast(3).ToArray());
    }

    [TestMethod]
    public void CodeAfterAThrow_StartsFromAnEmptyStack()
    {
        (VerifyingILWriter il, _) = Writer();
        ILLabel join = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Brtrue, join);
        il.Emit(OpCodes.Ldstr, "boom");
        il.Emit(OpCodes.Newobj, typeof(InvalidOperationException).GetConstructor([typeof(string)])!);
        il.Emit(OpCodes.Throw);
        il.MarkLabel(join); // reached only by the branch, at depth 0
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ret);
        il.Complete();
    }
}
