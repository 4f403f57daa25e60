using System.Runtime.CompilerServices;
using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime;

/// <summary>
/// Guards recursion on the CLR stack: past the budget it raises the FluentAI "Stack overflow" error
/// instead of letting a StackOverflowException kill the process.
/// <see cref="Check"/> serves the runtime's own recursion over nested values (display, equality,
/// hashing, ordering). Compiled code calls <see cref="IsLow"/> before every non-tail call, so that must
/// cost about a compare: it compares the current stack address with a per-thread low-water mark. On a
/// thread with a <see cref="SetBudget">budget</see> the mark is the end of the budget; elsewhere the
/// mark moves down <see cref="Step"/> bytes at a time, each step confirmed by the runtime's own check.
/// </summary>
public static partial class StackGuard
{
    /// <summary>How far the stack may grow between two runtime checks; the runtime's own check keeps more than this in reserve.</summary>
    public const int Step = 32 * 1024;

    /// <summary>The bitwise complement of the lowest stack address compiled code may reach on this thread (0 = unknown: the first check asks the runtime).</summary>
    [ThreadStatic]
    private static nuint notLimit;

    [ThreadStatic]
    private static bool hasBudget;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Exhausted();
        }
    }

    /// <summary>
    /// Gives compiled code on this thread <paramref name="bytes"/> of stack below the caller's frame
    /// (threads created with a large stack call it first). A fixed budget also bounds how long an
    /// exception takes to unwind out of runaway recursion.
    /// </summary>
    public static unsafe void SetBudget(nuint bytes)
    {
        byte marker = 0;
        notLimit = ~((nuint)(&marker) - bytes);
        hasBudget = true;
    }

    /// <summary>
    /// The current mark as an address. Typed compiled code receives it as a parameter and compares the
    /// stack address with it (no thread-local read per call); past it the code calls <see cref="Overflow"/>.
    /// </summary>
    public static nuint Limit
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ~notLimit;
    }

    /// <summary>The current mark (<see cref="nuint.MaxValue"/> before the first check): code that carries its limit starts from it.</summary>
    public static nuint CompiledLimit => ~notLimit;

    /// <summary>Whether the stack has grown past the current mark: the caller then calls <see cref="Overflow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe bool IsLow()
    {
        byte marker = 0;
        return (nuint)(&marker) < ~notLimit;
    }

    /// <summary>
    /// The stack passed the mark: moves the mark on when the thread has no budget and the runtime
    /// confirms room, else raises "Stack overflow: recursion too deep" at the call at
    /// <paramref name="position"/> (<c>path(line,col)</c>; <paramref name="trace"/> is its trace line).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static unsafe void Overflow(string? position, string? trace)
    {
        byte marker = 0;
        OverflowAt((nuint)(&marker), position, trace);
    }

    /// <summary>
    /// For typed code, which carries its limit: the stack at <paramref name="here"/> went below it. Moves the
    /// mark as <see cref="Overflow"/> does and returns it as the method's new limit (or raises the error).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static nuint OverflowAt(nuint here, string? position, string? trace)
    {
        if (CanStep(here))
        {
            notLimit = ~(here - Step);
            return ~notLimit;
        }

        Exception exhausted = Exhausted();
        if (exhausted is not FluentException error)
        {
            throw exhausted;
        }

        error.Position = position;
        if (trace is not null)
        {
            error.FluentTrace.Add(trace);
        }

        throw error;
    }
}
