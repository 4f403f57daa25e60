namespace FluentAI.Runtime.Errors;

/// <summary>
/// A FluentAI runtime error in flight. Engines catch it to honour <c>handler</c> frames and
/// <c>error:catch</c>, and to add the source position and FluentAI trace before it reaches the user.
/// </summary>
public sealed class FluentException(ErrorValue error) : Exception(error.Message)
{
    public ErrorValue Error { get; } = error;

    /// <summary>FluentAI-level frames (function name and position), innermost first, filled in by the engine.</summary>
    public List<string> FluentTrace { get; } = [];

    /// <summary>Set by the engine once a source position has been attached (the innermost one wins).</summary>
    public string? Position { get; set; }
}
