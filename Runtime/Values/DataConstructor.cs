using FluentAI.Runtime.Errors;

namespace FluentAI.Runtime.Values;

/// <summary>
/// The function bound to a constructor by <c>(data T ... (Ctor f ...))</c>. Calling it builds a
/// <see cref="DataValue"/>; a nullary constructor shares one value.
/// </summary>
public sealed class DataConstructor : FunctionValue
{
    private readonly DataValue? nullary;

    public DataConstructor(string name, int arity)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(arity);
        ConstructorName = name;
        Arity = arity;
        if (arity == 0)
        {
            nullary = new DataValue(name, []);
        }
    }

    public string ConstructorName { get; }

    public int Arity { get; }

    public override string Name => ConstructorName;

    public override int? FixedArity => Arity;

    public override object? Invoke(ReadOnlySpan<object?> args)
    {
        if (args.Length != Arity)
        {
            throw RuntimeErrors.ConstructorArity(ConstructorName, Arity, args.Length);
        }

        return nullary ?? new DataValue(ConstructorName, args);
    }
}
