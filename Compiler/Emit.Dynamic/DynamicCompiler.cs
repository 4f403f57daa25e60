using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit.Dynamic;

/// <summary>
/// Compiles a unit of top-level forms to DynamicMethods and returns one closure per form; running
/// them in order runs the unit. Imported modules compile as their own units the first time they run.
/// </summary>
public static class DynamicCompiler
{
    public static Closure0[] Compile(IReadOnlyList<TopLevelForm> forms) => Compile(forms, listings: null);

    /// <summary>Compiles and collects the IL listing of every generated method into <paramref name="listings"/>.</summary>
    public static Closure0[] Compile(IReadOnlyList<TopLevelForm> forms, List<string>? listings)
    {
        var unit = new DynamicUnit(module => new ModuleRunner(module), keepListings: listings is not null);
        EmittedUnit emitted = UnitEmitter.Emit(unit, forms);
        Closure0[] closures = unit.Finish(emitted);
        listings?.AddRange(unit.Listings);
        return closures;
    }

    /// <summary>Runs a module's forms once per program, compiled as their own unit.</summary>
    private sealed class ModuleRunner(ModuleInfo module) : IModuleRunner
    {
        public void RunOnce()
        {
            if (module.HasRun)
            {
                return;
            }

            module.HasRun = true;
            foreach (Closure0 form in Compile(module.Forms))
            {
                form.Invoke();
            }
        }
    }
}
