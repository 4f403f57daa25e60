using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime.Values;

/// <summary>The body of a builtin: receives the (arity-checked) arguments.</summary>
public delegate object? BuiltinBody(ReadOnlySpan<object?> args);

/// <summary>
/// A function implemented in C#: the builtins of LANGUAGE.md §11 and the functions that higher-order
/// builtins return (<c>compose</c>, <c>curry</c>, ...). Checks its arity before running its body.
/// </summary>
public sealed class BuiltinFunction : FunctionValue
{
    /// <summary>Use as <c>maxArity</c> for a variadic builtin.</summary>
    public const int Variadic = -1;

    private readonly BuiltinBody body;

    public BuiltinFunction(string name, int minArity, int maxArity, BuiltinBody body)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfNegative(minArity);
        if (maxArity != Variadic && maxArity < minArity)
        {
            throw new ArgumentOutOfRangeException(nameof(maxArity));
        }

        BuiltinName = name;
        MinArity = minArity;
        MaxArity = maxArity;
        this.body = body;
    }

    public string BuiltinName { get; }

    public int MinArity { get; }

    /// <summary>The largest accepted count, or <see cref="Variadic"/>.</summary>
    public int MaxArity { get; }

    public override string Name => BuiltinName;

    public override int? FixedArity => MinArity == MaxArity ? MinArity : null;

    public override object? Invoke(ReadOnlySpan<object?> args)
    {
        int n = args.Length;
        if (n < MinArity || (MaxArity != Variadic && n > MaxArity))
        {
            throw ArityError(n);
        }

        return body(args);
    }

    private FluentException ArityError(int got)
    {
        if (MinArity == MaxArity)
        {
            return RuntimeErrors.Arity(MinArity, got);
        }

        return MaxArity == Variadic ? RuntimeErrors.ArityAtLeast(MinArity, got) : RuntimeErrors.Arity(MinArity, MaxArity, got);
    }
}
