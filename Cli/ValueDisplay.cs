using FluentAI.Runtime.Printing;

namespace FluentAI.Cli;

/// <summary>The display form of a FluentAI value (LANGUAGE.md §3), as the REPL and <c>fluentc eval</c> print it.</summary>
internal static class ValueDisplay
{
    public static string Display(object? value) => Printer.Display(value);
}
