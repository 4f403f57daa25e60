namespace FluentAI.Compiler.Emit;

/// <summary>
/// Tracks, while a typed method's IL is written, whether every path from the method's entry to the
/// current point has already passed a stack check (<see cref="Checked"/>). A check compares the address
/// of the frame's own marker local with the limit the method received, both fixed for the whole
/// invocation, so once one has passed, every later check in the same frame would pass too and can be
/// left out: <c>(+ (f a) (f b))</c> checks before the first call only.
/// </summary>
/// <remarks>
/// The knowledge holds along straight-line IL only. Every point where paths join in IL is a marked
/// label or the start of an exception handler (or the end of a protected block), so the tracker forgets
/// at each of those: sound without knowing which branches lead where, at the price of a check on each
/// arm of a conditional that calls.
/// </remarks>
internal sealed class FrameCheckTracker(IILWriter inner) : ForwardingILWriter(inner)
{
    /// <summary>Whether a stack check has passed on every path to the current point.</summary>
    public bool Checked { get; set; }

    public override void MarkLabel(ILLabel label)
    {
        Checked = false;
        base.MarkLabel(label);
    }

    public override void BeginCatch(Type exceptionType)
    {
        Checked = false;
        base.BeginCatch(exceptionType);
    }

    public override void BeginFinally()
    {
        Checked = false;
        base.BeginFinally();
    }

    public override void EndTry()
    {
        Checked = false;
        base.EndTry();
    }
}
