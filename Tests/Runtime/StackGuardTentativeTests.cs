using FluentAI.Runtime;
using FluentAI.Runtime.Errors;

namespace FluentAI.Tests.Runtime;

/// <summary>The stack guard's tentative runs: what moves a run to a large stack, and what ending one restores.</summary>
[TestClass]
public sealed class StackGuardTentativeTests
{
    [TestMethod]
    public void LeavingTypedCode_MovesOnlyATentativeRun()
    {
        StackGuard.LeaveTypedCode(); // outside a run: nothing to do
        Assert.IsFalse(StackGuard.IsTentative);

        StackGuard.TentativeState state = StackGuard.BeginTentative();
        try
        {
            Assert.IsTrue(StackGuard.IsTentative);
            Assert.IsTrue(Volatile.Read(ref StackGuard.TentativeThreads) >= 1, "compiled entries see a run in progress");
            Assert.ThrowsExactly<NeedsLargeStackException>(StackGuard.LeaveTypedCode);
        }
        finally
        {
            StackGuard.EndTentative(state);
        }

        Assert.IsFalse(StackGuard.IsTentative);
        StackGuard.LeaveTypedCode();
    }

    [TestMethod]
    public void ARunStartsWithAMarkBelowItsFrame_AndItsEndRestoresTheMarkBefore()
    {
        nuint before = StackGuard.CompiledLimit;
        StackGuard.TentativeState state = StackGuard.BeginTentative();
        try
        {
            Assert.AreNotEqual(nuint.MaxValue, StackGuard.CompiledLimit, "a real address, not the mark that asks the runtime first");
            Assert.IsFalse(StackGuard.IsLow(), "a step of room below the run's first frame");
        }
        finally
        {
            StackGuard.EndTentative(state);
        }

        Assert.AreEqual(before, StackGuard.CompiledLimit);
    }

    [TestMethod]
    public void ARunPastItsBudget_MovesToALargeStack_WhereAnOrdinaryThreadWouldStepOn()
    {
        StackGuard.TentativeState state = StackGuard.BeginTentative();
        try
        {
            Assert.ThrowsExactly<NeedsLargeStackException>(() => Recurse(StackGuard.TentativeBudget / 64 * 4));
        }
        finally
        {
            StackGuard.EndTentative(state);
        }
    }

    /// <summary>Recursion that checks the stack as compiled code does (about 100 bytes a frame or more).</summary>
    private static int Recurse(int depth)
    {
        if (StackGuard.IsLow())
        {
            StackGuard.Overflow("test(1,1)", null);
        }

        return depth == 0 ? 0 : 1 + Recurse(depth - 1);
    }
}
