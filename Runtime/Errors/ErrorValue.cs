namespace FluentAI.Runtime.Errors;

/// <summary>An error as a value: <c>(error "type" "message" data)</c>. Handlers receive it; error-type/-message/-data read it.</summary>
public sealed class ErrorValue(string type, string message, object? data = null, bool hasData = false)
{
    public string Type { get; } = type;

    public string Message { get; } = message;

    public object? Data { get; } = data;

    /// <summary>Whether the raise supplied data (nil data is still shown when given).</summary>
    public bool HasData { get; } = hasData;
}
