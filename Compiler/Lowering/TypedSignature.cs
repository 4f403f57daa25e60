using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Lowering;

/// <summary>
/// The typed signature of a known function: each parameter <c>long</c> or <c>object</c>, the result
/// <c>long</c>, <c>bool</c> or <c>object</c>.
/// </summary>
/// <param name="Dependencies">The known functions its typed code calls, itself and transitively: their globals must still hold them when the typed code is entered.</param>
/// <param name="ExpressionTypes">The type of every expression of the body, by reference: what the typed code leaves on the IL stack for it.</param>
/// <param name="Constructors">The data constructors the typed code of the function and of its dependencies calls: their globals must still hold them too.</param>
/// <param name="LocalTypes">The locals whose type is not simply their value's: the parameters of the lambdas the typed code runs as loops (<c>map</c>, <c>filter</c>, <c>fold</c>), and <c>let</c> locals unboxed where they are bound.</param>
public sealed record TypedSignature(
    FunctionInfo Function,
    IReadOnlyList<Type> ParameterTypes,
    Type ReturnType,
    IReadOnlyList<KnownFunction> Dependencies,
    IReadOnlyDictionary<BoundExpr, Type> ExpressionTypes,
    IReadOnlyList<KnownConstructor> Constructors,
    IReadOnlyDictionary<LocalVariable, Type> LocalTypes)
{
    /// <summary>The expressions whose values are integer lists (<see cref="IntegerListAnalysis"/>), of type <see cref="IntegerListType"/> (null when empty).</summary>
    public IReadOnlySet<BoundExpr> IntegerLists { get; init; } = new HashSet<BoundExpr>();

    /// <summary>
    /// What the integer lists of this function are in typed code: <c>IntegerCell</c> (heap cells) or
    /// <c>IntegerNode*</c> (cells in frames, <see cref="IntegerListAnalysis"/>). The same for every
    /// function that passes integer lists to another.
    /// </summary>
    public Type IntegerListType { get; init; } = typeof(Runtime.Compiled.IntegerCell);

    /// <summary>
    /// The list parameters that are accumulators (<see cref="AccumulatorAnalysis"/>): the method takes a list,
    /// and its body keeps it as a <c>ListAccumulator</c> (so do copies of the body inlined elsewhere).
    /// </summary>
    public IReadOnlySet<int> Accumulators { get; init; } = new HashSet<int>();

    public int ParameterCount => Function.ParameterCount;

    /// <summary>The type of the local that stands for parameter <paramref name="index"/> in the body: its parameter type, or <c>ListAccumulator</c>.</summary>
    public Type ParameterLocalType(int index) =>
        Accumulators.Contains(index) ? typeof(Runtime.Compiled.ListAccumulator) : ParameterTypes[index];

    /// <summary>Whether every parameter is <c>long</c> (the signature a C# caller sees as <c>long F(long ...)</c>).</summary>
    public bool AllParametersLong => ParameterTypes.All(t => t == typeof(long));
}
