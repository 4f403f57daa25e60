using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit.Dynamic;

/// <summary>Where in-process IL lives.</summary>
public enum CodeHome
{
    /// <summary>DynamicMethods: cheap, collectible, no tiered PGO.</summary>
    DynamicMethods,

    /// <summary>The long-lived tier: an in-memory assembly that is never unloaded; dearer to create, but tiered compilation and dynamic PGO apply.</summary>
    LongLivedAssembly,
}

/// <summary>
/// Compiles a unit of top-level forms to IL in process and returns one closure per form; running
/// them in order runs the unit. Imported modules compile as their own units the first time they run.
/// </summary>
public static class DynamicCompiler
{
    public static Closure0[] Compile(IReadOnlyList<TopLevelForm> forms, CodeHome home = CodeHome.DynamicMethods) => Compile(forms, listings: null, home);

    /// <summary>Compiles <paramref name="forms"/>, knowing that <paramref name="runElsewhere"/> (forms of the same unit run on the VM) define globals too.</summary>
    public static Closure0[] Compile(IReadOnlyList<TopLevelForm> forms, IReadOnlyList<TopLevelForm> runElsewhere, CodeHome home) =>
        Compile(forms, runElsewhere, listings: null, home);

    /// <summary>Compiles and collects the IL listing of every generated method into <paramref name="listings"/>.</summary>
    public static Closure0[] Compile(IReadOnlyList<TopLevelForm> forms, List<string>? listings, CodeHome home = CodeHome.DynamicMethods) =>
        Compile(forms, [], listings, home);

    private static Closure0[] Compile(IReadOnlyList<TopLevelForm> forms, IReadOnlyList<TopLevelForm> runElsewhere, List<string>? listings, CodeHome home)
    {
        Func<ModuleInfo, IModuleRunner> modules = module => new ModuleRunner(module, home);
        ConstantArrayUnit unit = home == CodeHome.LongLivedAssembly
            ? new AssemblyUnit(modules, keepListings: listings is not null)
            : new DynamicUnit(modules, keepListings: listings is not null);
        EmittedUnit emitted = UnitEmitter.Emit(unit, forms, [], runElsewhere);
        Closure0[] closures = unit.Finish(emitted);
        listings?.AddRange(unit.Listings);
        return closures;
    }

    /// <summary>Runs a module's forms once per program, compiled as their own unit.</summary>
    private sealed class ModuleRunner(ModuleInfo module, CodeHome home) : IModuleRunner
    {
        public void RunOnce()
        {
            if (module.HasRun)
            {
                return;
            }

            module.HasRun = true;
            foreach (Closure0 form in Compile(module.Forms, home))
            {
                form.Invoke();
            }
        }
    }
}
