using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

public static partial class CompiledOps
{
    // Compiled code calls a closure of the right arity itself (an exact type test and a delegate
    // call, with the tail. prefix in tail position); everything else comes here: builtins,
    // constructors, effects, VM closures, wrong arities and non-functions.

    public static object? Call0(object? callee, SourceSite site)
    {
        GuardStack(site);
        try
        {
            return Function(callee).Invoke();
        }
        catch (FluentException error) when (error.Position is null) // only the innermost site: no rethrow chain through outer frames
        {
            return Fail(error, site);
        }
    }

    public static object? Call1(object? callee, object? a, SourceSite site)
    {
        GuardStack(site);
        try
        {
            return Function(callee).Invoke(a);
        }
        catch (FluentException error) when (error.Position is null) // only the innermost site: no rethrow chain through outer frames
        {
            return Fail(error, site);
        }
    }

    public static object? Call2(object? callee, object? a, object? b, SourceSite site)
    {
        GuardStack(site);
        try
        {
            return Function(callee).Invoke(a, b);
        }
        catch (FluentException error) when (error.Position is null) // only the innermost site: no rethrow chain through outer frames
        {
            return Fail(error, site);
        }
    }

    public static object? Call3(object? callee, object? a, object? b, object? c, SourceSite site)
    {
        GuardStack(site);
        try
        {
            return Function(callee).Invoke(a, b, c);
        }
        catch (FluentException error) when (error.Position is null) // only the innermost site: no rethrow chain through outer frames
        {
            return Fail(error, site);
        }
    }

    public static object? Call4(object? callee, object? a, object? b, object? c, object? d, SourceSite site)
    {
        GuardStack(site);
        try
        {
            return Function(callee).Invoke(a, b, c, d);
        }
        catch (FluentException error) when (error.Position is null) // only the innermost site: no rethrow chain through outer frames
        {
            return Fail(error, site);
        }
    }

    /// <summary>Five or more arguments, in an array (a <see cref="ClosureN"/> of that arity takes the array itself).</summary>
    public static object? CallN(object? callee, object?[] args, SourceSite site)
    {
        GuardStack(site);
        if (callee is ClosureN closure && closure.Arity == args.Length)
        {
            return closure.Code(closure, args);
        }

        try
        {
            return Function(callee).Invoke(args);
        }
        catch (FluentException error) when (error.Position is null) // only the innermost site: no rethrow chain through outer frames
        {
            return Fail(error, site);
        }
    }

    /// <summary>
    /// The recursion guard of slow-path calls: a builtin may call back into compiled code (map, apply,
    /// ...), so a cycle through builtins must meet a stack check even where every compiled call on it
    /// is a tail call.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void GuardStack(SourceSite site)
    {
        if (StackGuard.IsLow())
        {
            StackGuard.Overflow(site.Position, site.TraceLine);
        }
    }

    private static FunctionValue Function(object? callee) => callee as FunctionValue ?? throw RuntimeErrors.NotAFunction(callee);
}
