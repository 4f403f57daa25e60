namespace FluentAI.Runtime.Compiled;

/// <summary>
/// Raised by typed code that met a value its types do not cover (an object that is not an integer,
/// the head of something that is not a non-empty list). Like an integer overflow (it derives from
/// <see cref="OverflowException"/>, which typed entries catch), it leaves the typed code: the code is
/// pure, so the call reruns on boxed values and gives the exact result or error.
/// </summary>
public sealed class TypedCodeExit : OverflowException
{
    /// <summary>The one instance; it carries no data, so it is thrown again and again.</summary>
    public static readonly TypedCodeExit Instance = new();

    private TypedCodeExit()
        : base("typed code left for the boxed path")
    {
    }
}
