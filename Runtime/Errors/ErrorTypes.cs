namespace FluentAI.Runtime.Errors;

/// <summary>The error types of LANGUAGE.md §7.</summary>
public static class ErrorTypes
{
    public const string DivisionByZero = "division-by-zero";
    public const string TypeMismatch = "type-mismatch";
    public const string ArityMismatch = "arity-mismatch";
    public const string UndefinedVariable = "undefined-variable";
    public const string EmptyList = "empty-list";
    public const string IndexOutOfBounds = "index-out-of-bounds";
    public const string NoMatch = "no-match";
    public const string DomainError = "domain-error";
    public const string ContractViolation = "contract-violation";
    public const string StackOverflow = "stack-overflow";
}
