using System.Runtime.CompilerServices;
using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime;

/// <summary>
/// Tentative runs: a host calls a pure compiled function on its own thread, whose stack may be small,
/// instead of handing the call to a large-stack thread. The run may use <see cref="TentativeBudget"/>
/// of stack, and only as much as the runtime confirms the thread has. Wherever it would go further, or
/// would leave pure typed code (<see cref="LeaveTypedCode"/>), <see cref="NeedsLargeStackException"/> unwinds it; the
/// host then runs the call from the start on a large stack. Only code that has done nothing observable
/// may be abandoned that way, which is why a tentative run must stay in typed code: it is pure.
/// </summary>
public static partial class StackGuard
{
    /// <summary>How much stack a tentative run may use before it moves to a large stack.</summary>
    public const int TentativeBudget = 256 * 1024;

    /// <summary>
    /// How many threads are in a tentative run. Compiled entries read it on their way into boxed code (one
    /// load and a branch while it is 0); only a thread that raised it can be tentative, and it sees its own write.
    /// </summary>
    public static int TentativeThreads;

    /// <summary>The lowest stack address this thread's tentative run may reach; 0 outside one.</summary>
    [ThreadStatic]
    private static nuint tentativeFloor;

    /// <summary>What <see cref="BeginTentative"/> replaced, for <see cref="EndTentative"/> to restore.</summary>
    public readonly struct TentativeState(nuint notLimit, bool hasBudget)
    {
        internal nuint NotLimit { get; } = notLimit;

        internal bool HasBudget { get; } = hasBudget;
    }

    /// <summary>Whether this thread is in a tentative run.</summary>
    public static bool IsTentative => tentativeFloor != 0;

    /// <summary>Starts a tentative run on this thread (not one with a budget: a large-stack thread runs calls itself).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static unsafe TentativeState BeginTentative()
    {
        byte marker = 0;
        var saved = new TentativeState(notLimit, hasBudget);
        tentativeFloor = (nuint)(&marker) - TentativeBudget;
        hasBudget = false;
        notLimit = RuntimeHelpers.TryEnsureSufficientExecutionStack() ? ~((nuint)(&marker) - Step) : 0; // 0: the first check asks again
        Interlocked.Increment(ref TentativeThreads);
        return saved;
    }

    /// <summary>Ends this thread's tentative run, however it ended.</summary>
    public static void EndTentative(TentativeState saved)
    {
        Interlocked.Decrement(ref TentativeThreads);
        tentativeFloor = 0;
        notLimit = saved.NotLimit;
        hasBudget = saved.HasBudget;
    }

    /// <summary>
    /// Called by a compiled entry that is about to run boxed code (its typed path does not apply): in a
    /// tentative run that could do something observable, so the run moves to a large stack.
    /// </summary>
    public static void LeaveTypedCode()
    {
        if (tentativeFloor != 0)
        {
            throw new NeedsLargeStackException();
        }
    }

    /// <summary>Whether compiled code at <paramref name="here"/> may move its mark another <see cref="Step"/> down.</summary>
    private static bool CanStep(nuint here) =>
        !hasBudget && here >= tentativeFloor && RuntimeHelpers.TryEnsureSufficientExecutionStack();

    /// <summary>The error for a stack with no room left: "Stack overflow", or in a tentative run the move to a large stack.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Exception Exhausted() =>
        tentativeFloor != 0 ? new NeedsLargeStackException() : RuntimeErrors.StackOverflow();
}
