using System.Reflection;
using System.Runtime.Loader;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// A built assembly loaded into its own <see cref="AssemblyLoadContext"/>, collectible by default
/// (<see cref="Dispose"/> unloads it). FluentAI.Runtime is not loaded again: the assembly binds to the
/// host's copy, so the host's streams and runtime types are the ones it uses.
/// (<c>fluentc run --engine cecil</c> and the tests run programs this way.) The runtime compiles the
/// code of collectible assemblies fully optimized at once, without tiering and its profile-guided
/// optimizations; a non-collectible context gets them, as an application that references the
/// assembly does (the benchmarks load it so).
/// </summary>
public sealed class LoadedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private LoadedAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    public static LoadedAssembly Load(CecilBuildResult build, bool collectible = true)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (!build.Succeeded)
        {
            throw new InvalidOperationException("the build failed; there is nothing to load");
        }

        var context = new AssemblyLoadContext("fluentc " + build.AssemblyName, collectible);
        using var image = new MemoryStream(build.Image, writable: false);
        using var pdb = new MemoryStream(build.Pdb, writable: false);
        return new LoadedAssembly(context, context.LoadFromStream(image, pdb));
    }

    public static LoadedAssembly Load(string path)
    {
        var context = new AssemblyLoadContext("fluentc " + Path.GetFileNameWithoutExtension(path), isCollectible: true);
        return new LoadedAssembly(context, context.LoadFromAssemblyPath(Path.GetFullPath(path)));
    }

    /// <summary>Runs the program's forms as <c>fluentc run</c> does and returns the exit code (0, or 1 after a runtime error written to <paramref name="error"/>).</summary>
    /// <param name="stackSize">The stack of the thread that runs them, which bounds non-tail recursion (512 MB by default, as <c>fluentc</c>'s).</param>
    public int RunProgram(TextWriter output, TextReader input, TextWriter error, int stackSize = CompiledProgram.StackSize)
    {
        MethodInfo main = Assembly.EntryPoint ?? throw new InvalidOperationException($"{Assembly.GetName().Name} is a library: it has no entry point");
        MethodInfo run = main.DeclaringType!.GetMethod(EntryPoint.RunName, BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{Assembly.GetName().Name} has no {EntryPoint.RunName}");
        return CompiledProgram.Run(run.CreateDelegate<Action>(), output, input, error, stackSize);
    }

    public void Dispose()
    {
        if (_context.IsCollectible)
        {
            _context.Unload();
        }
    }
}
