using System.Runtime.CompilerServices;
using FluentAI.Runtime;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Errors;

namespace FluentAI.Compiler.Hosting;

/// <summary>
/// Calls of pure compiled functions on the host's own thread. IL code normally runs on a large-stack
/// thread, and a host thread hands each call to one (<see cref="LargeStack"/>), which costs a
/// microsecond or more per call. A function with a typed entry is pure while the entry's typed path
/// applies, so <see cref="Call"/> first runs it tentatively here: if it needs more stack than
/// <see cref="StackGuard.TentativeBudget"/> (or than the thread has), or its entry would go to boxed code,
/// the run is abandoned, having done nothing observable, and the call runs again from the start on a large
/// stack. A function abandoned once is called on a large stack from then on.
/// </summary>
public sealed partial class FluentEngine
{
    /// <summary>Functions whose calls a tentative run once abandoned.</summary>
    private readonly ConditionalWeakTable<CompiledClosure, object> _needsLargeStack = [];

    /// <summary>How many calls ran to completion on the host's thread (tests read it).</summary>
    internal int CallsRunHere { get; private set; }

    /// <summary>How many tentative runs were abandoned for a large stack (tests read it).</summary>
    internal int CallsMovedToLargeStack { get; private set; }

    /// <summary>Runs <paramref name="function"/> here if it can; false when the call must run on a large stack.</summary>
    private bool TryCallHere(CompiledClosure function, object?[] args, out object? result)
    {
        result = null;
        if (LargeStack.IsCurrentThreadLarge || !RunsIL || _needsLargeStack.TryGetValue(function, out _))
        {
            return false;
        }

        FluentContext? saved = FluentContext.CurrentOrNull;
        FluentContext.CurrentOrNull = _context;
        StackGuard.TentativeState state = StackGuard.BeginTentative();
        try
        {
            result = function.Invoke(args);
            CallsRunHere++;
            return true;
        }
        catch (Exception e) when (e is NeedsLargeStackException or InsufficientExecutionStackException)
        {
            _needsLargeStack.AddOrUpdate(function, function);
            CallsMovedToLargeStack++;
            return false;
        }
        catch (FluentException error)
        {
            throw HostError(error);
        }
        finally
        {
            StackGuard.EndTentative(state);
            FluentContext.CurrentOrNull = saved;
        }
    }
}
