using System.Collections.Immutable;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Compiler.Ir;

/// <summary>A module file loaded for one program: its globals, exports and top-level forms (run once).</summary>
public sealed class ModuleInfo(string name, string path, GlobalTable globals)
{
    public string Name { get; } = name;

    public string Path { get; } = path;

    public GlobalTable Globals { get; } = globals;

    public Dictionary<string, GlobalCell> Exports { get; } = new(StringComparer.Ordinal);

    public ImmutableArray<TopLevelForm> Forms { get; set; } = [];

    /// <summary>Set by the backend once the forms have run (a module runs once per program).</summary>
    public bool HasRun { get; set; }

    /// <summary>The parsed file: backends that describe the module (<c>fluentc build</c>'s .NET names and documentation) read it.</summary>
    public SyntaxTree? Tree { get; init; }

    /// <summary>Backend-specific compiled form of the module's forms (e.g. VM prototypes).</summary>
    public object? Compiled { get; set; }
}
