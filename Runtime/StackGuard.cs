using System.Runtime.CompilerServices;
using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime;

/// <summary>
/// Guards the runtime's own recursion over nested values (display, equality, hashing, ordering of
/// deeply nested data): past the thread's stack budget it raises the FluentAI "Stack overflow" error
/// instead of crashing the process.
/// </summary>
public static class StackGuard
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw RuntimeErrors.StackOverflow();
        }
    }
}
