using System.Reflection.Emit;
using FluentAI.Compiler.Emit;

namespace FluentAI.Tests.Emit;

/// <summary>
/// <see cref="FrameCheckTracker"/> keeps "a stack check passed on every path to here" only along straight-line IL: every
/// join point (a marked label, a handler's start, the end of a protected block) forgets it, and it forwards every call.
/// </summary>
[TestClass]
public sealed class FrameCheckTrackerTests
{
    [TestMethod]
    public void APassedCheck_HoldsAlongStraightLineCode()
    {
        var inner = new RecordingILWriter();
        var tracker = new FrameCheckTracker(inner);
        Assert.IsFalse(tracker.Checked, "nothing checked at the method's entry");

        tracker.Checked = true;
        tracker.Emit(OpCodes.Ldarg_0);
        tracker.Emit(OpCodes.Call, typeof(Math).GetMethod(nameof(Math.Abs), [typeof(long)])!);
        ILLabel skip = tracker.DefineLabel();
        tracker.Emit(OpCodes.Brtrue, skip);
        tracker.Emit(OpCodes.Pop);
        Assert.IsTrue(tracker.Checked, "instructions and branches out keep it: every later point is reached through the check");

        CollectionAssert.AreEqual(new[] { "ldarg.0", "call Abs", "brtrue L0", "pop" }, inner.Lines.Select(Short).ToArray(), "every call is forwarded");
    }

    [TestMethod]
    public void EveryJoinPoint_ForgetsIt()
    {
        var tracker = new FrameCheckTracker(new RecordingILWriter());
        foreach (Action<FrameCheckTracker> join in new Action<FrameCheckTracker>[]
        {
            t => t.MarkLabel(t.DefineLabel()),
            t => t.BeginCatch(typeof(Exception)),
            t => t.BeginFinally(),
            t => t.EndTry(),
        })
        {
            tracker.Checked = true;
            join(tracker);
            Assert.IsFalse(tracker.Checked);
        }

        tracker.Checked = true;
        tracker.BeginTry();
        Assert.IsTrue(tracker.Checked, "entering a protected block is not a join: only code after the check gets there");
    }

    private static string Short(string line) => line.Contains("call", StringComparison.Ordinal) ? "call Abs" : line;
}
