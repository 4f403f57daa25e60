using FluentAI.Compiler.Emit.Dynamic;
using FluentAI.Compiler.Hosting;

namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>
/// A program file loaded into a <see cref="FluentEngine"/> of one <see cref="ExecutionMode"/>; its
/// zero-argument entry function is what a benchmark calls. Loading runs every top-level form with output
/// discarded; a program file ends with a <c>(bench)</c> call (so <c>fluentc run</c> prints the answer),
/// and that call's value is kept as <see cref="LoadedValue"/>: a setup checks it instead of running
/// the program a second time.
/// </summary>
public sealed class FluentProgram
{
    public const string EntryFunction = "bench";

    private readonly FluentEngine _engine;

    private FluentProgram(FluentEngine engine, object? loadedValue)
    {
        _engine = engine;
        LoadedValue = loadedValue;
    }

    /// <summary>The value of the file's last top-level form.</summary>
    public object? LoadedValue { get; }

    public static FluentProgram Load(string name, ExecutionMode mode, CodeHome home = CodeHome.DynamicMethods)
    {
        var engine = new FluentEngine(new FluentEngineOptions { Mode = mode, CodeHome = home, Output = TextWriter.Null });
        string path = ProgramFiles.FluentAI(name);
        object? loadedValue = engine.Eval(File.ReadAllText(path), path);
        return new FluentProgram(engine, loadedValue);
    }

    public object? Run() => _engine.Call(EntryFunction);
}
