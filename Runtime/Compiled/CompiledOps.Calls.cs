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
        try
        {
            return Function(callee).Invoke();
        }
        catch (FluentException error)
        {
            return Fail(error, site);
        }
    }

    public static object? Call1(object? callee, object? a, SourceSite site)
    {
        try
        {
            return Function(callee).Invoke(a);
        }
        catch (FluentException error)
        {
            return Fail(error, site);
        }
    }

    public static object? Call2(object? callee, object? a, object? b, SourceSite site)
    {
        try
        {
            return Function(callee).Invoke(a, b);
        }
        catch (FluentException error)
        {
            return Fail(error, site);
        }
    }

    public static object? Call3(object? callee, object? a, object? b, object? c, SourceSite site)
    {
        try
        {
            return Function(callee).Invoke(a, b, c);
        }
        catch (FluentException error)
        {
            return Fail(error, site);
        }
    }

    public static object? Call4(object? callee, object? a, object? b, object? c, object? d, SourceSite site)
    {
        try
        {
            return Function(callee).Invoke(a, b, c, d);
        }
        catch (FluentException error)
        {
            return Fail(error, site);
        }
    }

    /// <summary>Five or more arguments, in an array (a <see cref="ClosureN"/> of that arity takes the array itself).</summary>
    public static object? CallN(object? callee, object?[] args, SourceSite site)
    {
        if (callee is ClosureN closure && closure.Arity == args.Length)
        {
            return closure.Code(closure, args);
        }

        try
        {
            return Function(callee).Invoke(args);
        }
        catch (FluentException error)
        {
            return Fail(error, site);
        }
    }

    private static FunctionValue Function(object? callee) => callee as FunctionValue ?? throw RuntimeErrors.NotAFunction(callee);
}
