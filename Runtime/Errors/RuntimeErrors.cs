using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Errors;

/// <summary>
/// Factories for every runtime error of LANGUAGE.md, so that all engines raise the same type and
/// message. Callers write <c>throw RuntimeErrors.X(...)</c>.
/// </summary>
public static class RuntimeErrors
{
    public static FluentException Raise(string type, string message, object? data, bool hasData) =>
        new(new ErrorValue(type, message, data, hasData));

    private static FluentException Make(string type, string message) => new(new ErrorValue(type, message));

    /// <summary>"Type mismatch: expected Number, got String".</summary>
    public static FluentException TypeMismatch(string expected, object? got) =>
        Make(ErrorTypes.TypeMismatch, $"Type mismatch: expected {expected}, got {TypeNames.Of(got)}");

    /// <summary>"Arity mismatch: expected 2, got 3".</summary>
    public static FluentException Arity(int expected, int got) =>
        Make(ErrorTypes.ArityMismatch, $"Arity mismatch: expected {expected}, got {got}");

    /// <summary>"Arity mismatch: expected 1-2, got 3".</summary>
    public static FluentException Arity(int min, int max, int got) =>
        Make(ErrorTypes.ArityMismatch, $"Arity mismatch: expected {min}-{max}, got {got}");

    /// <summary>"Arity mismatch: expected at least 1, got 0".</summary>
    public static FluentException ArityAtLeast(int min, int got) =>
        Make(ErrorTypes.ArityMismatch, $"Arity mismatch: expected at least {min}, got {got}");

    /// <summary>"Some expects 1 arguments, got 2" (a data constructor called with the wrong count).</summary>
    public static FluentException ConstructorArity(string constructor, int expected, int got) =>
        Make(ErrorTypes.ArityMismatch, $"{constructor} expects {expected} arguments, got {got}");

    public static FluentException UndefinedVariable(string name) =>
        Make(ErrorTypes.UndefinedVariable, $"Undefined variable: {name}");

    /// <summary>"Cannot apply non-function: "abc"" (the value in display format).</summary>
    public static FluentException NotAFunction(object? value) =>
        Make(ErrorTypes.TypeMismatch, $"Cannot apply non-function: {Printing.Printer.Display(value)}");

    public static FluentException NoMatch(object? value) =>
        Make(ErrorTypes.NoMatch, $"No patterns matched value: {Printing.Printer.Display(value)}");

    public static FluentException StackOverflow() =>
        Make(ErrorTypes.StackOverflow, "Stack overflow: recursion too deep");

    /// <summary>"Empty list" (head, tail, reduce, last, ... of <c>[]</c>).</summary>
    public static FluentException EmptyList() => Make(ErrorTypes.EmptyList, "Empty list");

    /// <summary>"Empty list: head" with the name of the operation.</summary>
    public static FluentException EmptyList(string operation) => Make(ErrorTypes.EmptyList, $"Empty list: {operation}");

    public static FluentException DivisionByZero() => Make(ErrorTypes.DivisionByZero, "division by zero");

    public static FluentException ModuloByZero() => Make(ErrorTypes.DivisionByZero, "Modulo by zero");

    /// <summary>"Domain error: detail".</summary>
    public static FluentException Domain(string detail) => Make(ErrorTypes.DomainError, $"Domain error: {detail}");

    /// <summary>"Index out of bounds: 5 (length 3)".</summary>
    public static FluentException IndexOutOfBounds(object? index, int length) =>
        Make(ErrorTypes.IndexOutOfBounds, $"Index out of bounds: {Printing.Printer.Display(index)} (length {length})");

    /// <summary>An index error with a message of its own, e.g. "Invalid substring indices".</summary>
    public static FluentException IndexOutOfBounds(string message) => Make(ErrorTypes.IndexOutOfBounds, message);

    public static FluentException ContractViolation(string message) => Make(ErrorTypes.ContractViolation, message);

    /// <summary>"Cannot parse "abc" as Int".</summary>
    public static FluentException CannotParse(string text, string target) =>
        Make(ErrorTypes.DomainError, $"Cannot parse \"{text}\" as {target}");
}
