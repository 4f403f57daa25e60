namespace FluentAI.Runtime.Values;

/// <summary>
/// Every callable value: builtins, constructors, closures of every backend. Builtins and higher-order
/// functions call any function through <see cref="Invoke"/>; backends add faster paths of their own.
/// </summary>
public abstract class FunctionValue
{
    /// <summary>The name used in traces and errors (<c>"lambda"</c> for anonymous closures).</summary>
    public abstract string Name { get; }

    /// <summary>Calls the function; raises <see cref="Errors.FluentException"/> on error (arity included).</summary>
    public abstract object? Invoke(ReadOnlySpan<object?> args);

    // Arity-specialized entry points: compiled closures override them, so calls with up to four
    // arguments pass no argument array. The defaults forward to the span form without allocating.
    public virtual object? Invoke() => Invoke([]);

    public virtual object? Invoke(object? a) => Invoke([a]);

    public virtual object? Invoke(object? a, object? b) => Invoke([a, b]);

    public virtual object? Invoke(object? a, object? b, object? c) => Invoke([a, b, c]);

    public virtual object? Invoke(object? a, object? b, object? c, object? d) => Invoke([a, b, c, d]);

    /// <summary>
    /// The exact number of arguments the function takes, or null when it is variadic or unknown.
    /// <c>curry</c> uses it (and assumes 2 when it is null); closures of every backend should override it.
    /// </summary>
    public virtual int? FixedArity => null;

    public override string ToString() => "<function>";
}
