namespace FluentAI.Runtime.Errors;

/// <summary>
/// The user-facing text of an uncaught runtime error, the same from every engine and from built
/// programs: <c>path(line,col): runtime error: message</c>, then the FluentAI trace, innermost first.
/// </summary>
public static class RuntimeErrorText
{
    public static string Format(string message, string? position, IReadOnlyList<string> trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        string head = position is null ? $"runtime error: {message}" : $"{position}: runtime error: {message}";
        return trace.Count == 0 ? head : head + Environment.NewLine + string.Join(Environment.NewLine, trace.Select(t => "  " + t));
    }

    /// <summary>The text of an error that reached the top of a program.</summary>
    public static string Format(FluentException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Format(error.Error.Message, error.Position, error.FluentTrace);
    }
}
