using Jint;
using Jint.Native;

namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>A JavaScript program file executed by a Jint engine (an interpreter); a benchmark calls its <c>bench()</c>.</summary>
public sealed class JintProgram
{
    private readonly Engine _engine;
    private readonly JsValue _entry;

    private JintProgram(Engine engine, JsValue entry)
    {
        _engine = engine;
        _entry = entry;
    }

    public static JintProgram Load(string name)
    {
        var engine = new Engine();
        string path = ProgramFiles.JavaScript(name);
        engine.Execute(File.ReadAllText(path), path);
        return new JintProgram(engine, engine.GetValue(FluentProgram.EntryFunction));
    }

    /// <summary>The entry's result as a JavaScript number (a <see cref="double"/>).</summary>
    public double Run() => _engine.Call(_entry).AsNumber();
}
