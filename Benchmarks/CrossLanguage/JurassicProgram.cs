using Jurassic;
using Jurassic.Library;

namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>A JavaScript program file compiled to IL by Jurassic; a benchmark calls its <c>bench()</c>.</summary>
public sealed class JurassicProgram
{
    private readonly ScriptEngine _engine;
    private readonly FunctionInstance _entry;

    private JurassicProgram(ScriptEngine engine, FunctionInstance entry)
    {
        _engine = engine;
        _entry = entry;
    }

    public static JurassicProgram Load(string name)
    {
        var engine = new ScriptEngine();
        engine.Execute(new FileScriptSource(ProgramFiles.JavaScript(name)));
        return new JurassicProgram(engine, engine.GetGlobalValue<FunctionInstance>(FluentProgram.EntryFunction));
    }

    /// <summary>The entry's result as Jurassic gives it: an <see cref="int"/> or a <see cref="double"/>.</summary>
    public object Run() => _entry.Call(_engine.Global);
}
