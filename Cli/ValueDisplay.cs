using System.Globalization;

namespace FluentAI.Cli;

/// <summary>
/// The display form of a FluentAI value (LANGUAGE.md §3), as the REPL and <c>fluentc eval</c> print it.
/// Delegates to <c>FluentAI.Runtime.Printing.Printer.Display</c>; until the runtime that defines it is
/// merged (Cli.csproj defines FLUENT_RUNTIME_PRINTER when Runtime/Printing/Printer.cs exists), a
/// minimal stand-in keeps this project compiling.
/// </summary>
internal static class ValueDisplay
{
    public static string Display(object? value)
    {
#if FLUENT_RUNTIME_PRINTER
        return FluentAI.Runtime.Printing.Printer.Display(value);
#else
        return value switch
        {
            null => "nil",
            bool b => b ? "#t" : "#f",
            string s => "\"" + s + "\"",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
#endif
    }
}
