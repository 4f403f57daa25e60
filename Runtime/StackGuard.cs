using System.Runtime.CompilerServices;
using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime;

/// <summary>
/// Guards recursion on the CLR stack: past the thread's stack budget it raises the FluentAI
/// "Stack overflow" error instead of letting a StackOverflowException kill the process.
/// <see cref="Check"/> serves the runtime's own recursion over nested values (display, equality,
/// hashing, ordering); <see cref="CheckCompiled"/> runs at the entry of every compiled function that
/// makes non-tail calls, so it must cost about a compare: it compares the current stack address with a
/// per-thread low-water mark and asks the runtime (the expensive check) only when the stack has grown
/// past the mark, which then moves <see cref="Step"/> bytes further down.
/// </summary>
public static class StackGuard
{
    /// <summary>How far the stack may grow between two runtime checks; the runtime's own check keeps more than this in reserve.</summary>
    public const int Step = 32 * 1024;

    /// <summary>The bitwise complement of the lowest stack address known to be safe on this thread (0 = unknown, so the first call checks).</summary>
    [ThreadStatic]
    private static nuint notLimit;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw RuntimeErrors.StackOverflow();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void CheckCompiled()
    {
        byte marker = 0;
        if ((nuint)(&marker) < ~notLimit)
        {
            Recheck((nuint)(&marker));
        }
    }

    /// <summary>
    /// The lowest stack address known to be safe on this thread (<see cref="nuint.MaxValue"/> before the
    /// first check): code that carries its limit instead of reading the thread's (typed methods of
    /// assemblies) starts from this one.
    /// </summary>
    public static nuint CompiledLimit => ~notLimit;

    /// <summary>
    /// For code that carries its limit: the stack at <paramref name="here"/> went below it. Asks the
    /// runtime (raising the FluentAI "Stack overflow" error when too little is left) and returns the
    /// new limit, <see cref="Step"/> bytes below <paramref name="here"/>.
    /// </summary>
    public static nuint NextLimit(nuint here)
    {
        Recheck(here);
        return ~notLimit;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Recheck(nuint here)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw RuntimeErrors.StackOverflow();
        }

        // At least the runtime's reserve (64 KB and more) is free below here: the next Step bytes are safe.
        notLimit = ~(here - Step);
    }
}
