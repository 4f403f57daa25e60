using FluentAI.Runtime.Errors;

namespace FluentAI.Compiler.Hosting;

/// <summary>
/// An uncaught FluentAI runtime error. <see cref="Exception.ToString"/> is not for users:
/// <see cref="Format"/> gives <c>path(line,col): runtime error: message</c> and the FluentAI trace.
/// </summary>
public sealed class FluentRuntimeException(string errorType, string message, string? position, IReadOnlyList<string> trace)
    : Exception(message)
{
    /// <summary>The error type of LANGUAGE.md §7, e.g. <c>"division-by-zero"</c>.</summary>
    public string ErrorType { get; } = errorType;

    /// <summary><c>path(line,col)</c> of the failing call, when known.</summary>
    public string? Position { get; } = position;

    /// <summary>FluentAI frames, innermost first: <c>at fib (path:3:5)</c>.</summary>
    public IReadOnlyList<string> Trace { get; } = trace;

    public string Format() => RuntimeErrorText.Format(Message, Position, Trace);
}
