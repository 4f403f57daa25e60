using System.Text;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Cli;

/// <summary>
/// The read-eval-print loop of <c>fluentc repl</c>: one <see cref="FluentEngine"/> per session so definitions
/// persist; input continues (prompt <see cref="ContinuationPrompt"/>) while brackets or a string are open;
/// results print in display format unless nil; errors are reported and the session goes on.
/// </summary>
public sealed class Repl
{
    public const string Prompt = "fl> ";
    public const string ContinuationPrompt = "..> ";
    public const string SourcePath = "<repl>";

    public const string HelpText =
        """
        Enter FluentAI forms; input continues while brackets are open. Definitions persist in this session.
          :help      show this help
          :history   list this session's inputs
          :quit      leave (end of input also leaves)
        """;

    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly bool _showPrompts;
    private readonly Func<string, object?> _evaluate;
    private readonly List<string> _history = [];

    public Repl(TextReader input, TextWriter output, TextWriter error, bool showPrompts)
        : this(input, output, error, showPrompts, evaluate: null)
    {
    }

    /// <summary>For tests: <paramref name="evaluate"/> stands in for the engine (null: a real <see cref="FluentEngine"/>).</summary>
    internal Repl(TextReader input, TextWriter output, TextWriter error, bool showPrompts, Func<string, object?>? evaluate)
    {
        _input = input;
        _output = output;
        _error = error;
        _showPrompts = showPrompts;
        if (evaluate is null)
        {
            var engine = new FluentEngine(new FluentEngineOptions { Mode = ExecutionMode.Tiered, Output = output, Input = input });
            evaluate = source => engine.Eval(source, SourcePath);
        }

        _evaluate = evaluate;
    }

    /// <summary>The inputs evaluated so far (meta-commands such as <c>:help</c> are not recorded).</summary>
    public IReadOnlyList<string> History => _history;

    public static string Banner =>
        $"FluentAI {CommandTable.Version} REPL. Type :help for help, :quit to leave.";

    /// <summary>Reads and evaluates until <c>:quit</c> or the end of the input.</summary>
    public void Run()
    {
        if (_showPrompts)
        {
            _output.WriteLine(Banner);
        }

        var buffer = new StringBuilder();
        while (true)
        {
            WritePrompt(buffer.Length == 0 ? Prompt : ContinuationPrompt);
            string? line = _input.ReadLine();
            if (line is null)
            {
                if (buffer.Length > 0)
                {
                    // End of input inside an unfinished form: let the parser say what is missing.
                    Submit(buffer.ToString());
                }

                break;
            }

            if (buffer.Length == 0)
            {
                string trimmed = line.Trim();
                if (trimmed.Length == 0)
                {
                    continue;
                }

                if (trimmed.StartsWith(':'))
                {
                    if (!RunMetaCommand(trimmed))
                    {
                        break;
                    }

                    continue;
                }
            }
            else
            {
                buffer.Append('\n');
            }

            buffer.Append(line);
            string text = buffer.ToString();
            if (InputBalance.IsComplete(text))
            {
                buffer.Clear();
                Submit(text);
            }
        }

        _output.Flush();
    }

    /// <summary>Runs a <c>:command</c>; false when the session should end.</summary>
    private bool RunMetaCommand(string command)
    {
        switch (command)
        {
            case ":quit" or ":q" or ":exit":
                return false;
            case ":help" or ":h" or ":?":
                _output.WriteLine(HelpText.TrimEnd());
                break;
            case ":history":
                for (int i = 0; i < _history.Count; i++)
                {
                    string[] lines = _history[i].Split('\n');
                    _output.WriteLine($"{i + 1,4}  {lines[0]}");
                    foreach (string continuation in lines.Skip(1))
                    {
                        _output.WriteLine($"      {continuation}");
                    }
                }

                break;
            default:
                WriteError($"Unknown command '{command}'. Type :help for the list of commands.");
                break;
        }

        _output.Flush();
        return true;
    }

    private void Submit(string source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return;
        }

        _history.Add(source);
        try
        {
            object? result = _evaluate(source);
            if (result is not null)
            {
                _output.WriteLine(ValueDisplay.Display(result));
            }
        }
        catch (FluentCompilationException ex)
        {
            if (ex.Diagnostics.Count == 0)
            {
                WriteError($"error: {ex.Message}");
            }

            foreach (Diagnostic diagnostic in ex.Diagnostics)
            {
                WriteError(diagnostic.ToString());
            }
        }
        catch (FluentRuntimeException ex)
        {
            WriteError(ex.Format());
        }
#pragma warning disable CA1031 // The session must survive a bug in the engine; the user sees the message, not a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            WriteError($"internal error: {ex.Message}");
        }

        _output.Flush();
    }

    private void WritePrompt(string prompt)
    {
        if (_showPrompts)
        {
            _output.Write(prompt);
            _output.Flush();
        }
    }

    private void WriteError(string line)
    {
        _output.Flush();
        _error.WriteLine(line);
        _error.Flush();
    }
}
