using FluentAI.Compiler.Emit;
using FluentAI.Compiler.Ir;

namespace FluentAI.Tests.Emit;

/// <summary>When a comparison that decided a branch proves that adding or subtracting a literal cannot overflow.</summary>
[TestClass]
public sealed class RangeFactsTests
{
    private static readonly ILLocal I = new(0, typeof(long));
    private static readonly ILLocal N = new(1, typeof(long));

    private static (ILLocal?, long) L(ILLocal local) => (local, 0);

    private static (ILLocal?, long) C(long constant) => (null, constant);

    [TestMethod]
    public void Strictly_BelowALocal_AllowsPlusOne()
    {
        var facts = new RangeFacts();
        facts.Assume(PrimitiveOp.Less, L(I), L(N), outcome: true);
        Assert.IsTrue(facts.CanAdd(I, 1));
        Assert.IsFalse(facts.CanAdd(I, 2), "i < n only leaves room for one");
        Assert.IsFalse(facts.CanSubtract(I, 1), "nothing bounds i from below");
        Assert.IsTrue(facts.CanSubtract(N, 1), "n > i >= MinValue");
    }

    [TestMethod]
    public void AtMostALocal_AllowsPlusOne_OnlyWhenTheLocalIsNotMaxValue()
    {
        var facts = new RangeFacts();
        facts.Assume(PrimitiveOp.Greater, L(I), L(N), outcome: false); // the else branch of (if (> i n) ...): i <= n
        Assert.IsFalse(facts.CanAdd(I, 1), "n may be MaxValue");
        facts.NotExtreme(N);
        Assert.IsTrue(facts.CanAdd(I, 1));
    }

    [TestMethod]
    public void ConstantBounds_AllowWhatFits()
    {
        var facts = new RangeFacts();
        facts.Assume(PrimitiveOp.Less, L(I), C(2), outcome: false); // n >= 2
        Assert.IsTrue(facts.CanSubtract(I, 2));
        Assert.IsTrue(facts.CanSubtract(I, long.MaxValue), "2 - MaxValue still fits");
        Assert.IsFalse(facts.CanAdd(I, 1));

        var high = new RangeFacts();
        high.Assume(PrimitiveOp.LessEqual, L(I), C(long.MaxValue - 5), outcome: true);
        Assert.IsTrue(high.CanAdd(I, 5));
        Assert.IsFalse(high.CanAdd(I, 6));
    }

    [TestMethod]
    public void Restore_ForgetsTheFactsOfTheBranchLeft()
    {
        var facts = new RangeFacts();
        int before = facts.Count;
        facts.Assume(PrimitiveOp.Less, L(I), L(N), outcome: true);
        facts.Restore(before);
        Assert.IsFalse(facts.CanAdd(I, 1));
    }
}
