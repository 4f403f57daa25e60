using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// An imported module of a built assembly. The module's public static class runs the module's forms
/// in its static constructor, so the runtime runs them exactly once, before the first use from
/// FluentAI (an import) or from C# (a call). A FluentAI error in them surfaces as itself rather than
/// wrapped in a <see cref="TypeInitializationException"/>.
/// </summary>
public sealed class ModuleClassRunner(RuntimeTypeHandle moduleClass) : IModuleRunner
{
    public void RunOnce() => Run(moduleClass);

    public static void Run(RuntimeTypeHandle moduleClass)
    {
        try
        {
            RuntimeHelpers.RunClassConstructor(moduleClass);
        }
        catch (TypeInitializationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
        }
    }
}
