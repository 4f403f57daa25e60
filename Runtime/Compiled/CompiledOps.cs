using System.Runtime.CompilerServices;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// The runtime helpers that IL compiled from FluentAI calls: the slow paths of calls and operators,
/// and every operation that can fail. Each failing path goes through <see cref="Fail"/>, which attaches
/// the <see cref="SourceSite"/> and lets an <c>error:catch</c> handler supply the failed operation's
/// value (LANGUAGE.md §7), exactly where the VM resumes. This part: errors, globals, lists, stack.
/// </summary>
public static partial class CompiledOps
{
    /// <summary>The content of a boxed <c>let</c> binding whose initializer has not run yet.</summary>
    public static readonly object Unassigned = new();

    /// <summary>The environment of closures that capture nothing.</summary>
    public static readonly object?[] NoCaptures = [];

    /// <summary>
    /// An error at <paramref name="site"/>: the innermost site annotates it and offers it to the
    /// <c>error:catch</c> handlers; their value becomes the failed operation's value. An error that an
    /// inner site already annotated passes through untouched.
    /// </summary>
    public static object? Fail(FluentException error, SourceSite site)
    {
        if (error.Position is not null)
        {
            throw error;
        }

        error.Position = site.Position;
        error.FluentTrace.Add(site.TraceLine);
        if (FluentContext.Current.TryRecover(error, out object? value))
        {
            return value;
        }

        throw error;
    }

    /// <summary>The value of a global that was read before any <c>define</c> gave it one.</summary>
    public static object? UndefinedGlobal(GlobalSlot slot, SourceSite site) =>
        Fail(RuntimeErrors.UndefinedVariable(slot.Name), site);

    /// <summary>A boxed <c>let</c> binding read before its initializer ran.</summary>
    public static object? UnassignedRead(string name, SourceSite site) => Fail(RuntimeErrors.UndefinedVariable(name), site);

    /// <summary>Reads a boxed binding, failing while it is still <see cref="Unassigned"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? ReadBox(StrongBox<object?> box, string name, SourceSite site)
    {
        object? value = box.Value;
        return ReferenceEquals(value, Unassigned) ? UnassignedRead(name, site) : value;
    }

    /// <summary>A contract condition that was false; the contract form's value is nil either way.</summary>
    public static void ContractFailed(object? condition, string message, SourceSite site)
    {
        if (!RuntimeOps.IsTruthy(condition))
        {
            Fail(RuntimeErrors.ContractViolation(message), site);
        }
    }

    /// <summary>A <c>match</c> where no clause matched.</summary>
    public static object? NoMatch(object? value, SourceSite site) => Fail(RuntimeErrors.NoMatch(value), site);

    [ThreadStatic]
    private static int boxedReruns;

    /// <summary>False while a call reruns on boxed values after an overflow in typed code: nested calls then stay boxed too, so the fallback is linear.</summary>
    public static bool TypedAllowed
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => boxedReruns == 0;
    }

    /// <summary>Reruns a call of a typed function on its boxed body (integer overflow left the typed code, which is pure).</summary>
    public static object? RerunBoxed(FunctionValue function, object?[] args)
    {
        boxedReruns++;
        try
        {
            return function.Invoke(args);
        }
        finally
        {
            boxedReruns--;
        }
    }

    /// <summary>Rethrows an exception a <c>handler</c> form did not take, keeping its original stack.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Rethrow(Exception error) => System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);

    /// <summary>Truthiness with the two canonical booleans decided inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Truthy(object? value) =>
        ReferenceEquals(value, RuntimeOps.True) || (!ReferenceEquals(value, RuntimeOps.False) && RuntimeOps.IsTruthy(value));

    /// <summary>The stack limit that typed methods of assemblies carry as their first argument, read once where boxed or .NET code enters them.</summary>
    public static nuint StackLimit() => StackGuard.CompiledLimit;

    public static FluentList List0() => FluentList.Empty;

    public static FluentList List1(object? a) => FluentList.Cons(a, FluentList.Empty);

    public static FluentList List2(object? a, object? b) => FluentList.Cons(a, FluentList.Cons(b, FluentList.Empty));

    public static FluentList List3(object? a, object? b, object? c) =>
        FluentList.Cons(a, FluentList.Cons(b, FluentList.Cons(c, FluentList.Empty)));

    public static FluentList ListN(object?[] items) => FluentList.FromSpan(items);
}
