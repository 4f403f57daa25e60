namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>
/// Where the sources of the cross-language programs are: <c>Programs/NAME.ai</c> for fluentc,
/// <c>Programs/js/NAME.js</c> for Jint and Jurassic, <c>Programs/lua/NAME.lua</c> for NLua, all copied
/// beside the benchmark (and test) assembly.
/// </summary>
public static class ProgramFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Programs");

    public static string FluentAI(string name) => Path.Combine(Directory, name + ".ai");

    public static string JavaScript(string name) => Path.Combine(Directory, "js", name + ".js");

    public static string Lua(string name) => Path.Combine(Directory, "lua", name + ".lua");
}
