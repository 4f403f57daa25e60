using NLua;

namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>A Lua 5.4 program file run by NLua (the native Lua interpreter); a benchmark calls its <c>bench()</c>.</summary>
public sealed class LuaProgram : IDisposable
{
    private readonly Lua _lua;
    private readonly LuaFunction _entry;

    private LuaProgram(Lua lua, LuaFunction entry)
    {
        _lua = lua;
        _entry = entry;
    }

    public static LuaProgram Load(string name)
    {
        var lua = new Lua();
        lua.DoFile(ProgramFiles.Lua(name));
        if (lua[FluentProgram.EntryFunction] is not LuaFunction entry)
        {
            lua.Dispose();
            throw new InvalidOperationException($"{name}.lua defines no function {FluentProgram.EntryFunction}");
        }

        return new LuaProgram(lua, entry);
    }

    /// <summary>The entry's first result: a <see cref="long"/> for a Lua integer, a <see cref="double"/> for a float.</summary>
    public object? Run() => _entry.Call()[0];

    public void Dispose()
    {
        _entry.Dispose();
        _lua.Dispose();
    }
}
