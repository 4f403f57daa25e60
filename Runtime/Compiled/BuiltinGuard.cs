namespace FluentAI.Runtime.Compiled;

/// <summary>
/// Whether a program replaced any builtin in its globals. One per engine (shared by its program and
/// module globals), so engines stay independent: compiled code takes its builtin fast paths (operators
/// on fixnums, typed code, intrinsics) while <see cref="Redefined"/> is false, and the exact generic
/// path once a builtin was redefined.
/// </summary>
public sealed class BuiltinGuard
{
    /// <summary>Set when any slot of the process replaces its builtin: the guard of code whose slots have no engine (built assemblies).</summary>
    public static readonly BuiltinGuard Process = new();

    public bool Redefined;
}
