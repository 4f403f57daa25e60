using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Ir;

/// <summary>
/// A global of a program or module being compiled. Code holds the cell itself, so a function may use
/// a global that a later form defines. The value, definedness and builtin state live in the runtime's
/// <see cref="GlobalSlot"/>, which every backend's code reads.
/// </summary>
public sealed class GlobalCell(string name, BuiltinGuard? guard = null) : GlobalSlot(name, guard);
