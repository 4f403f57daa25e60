namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>What <see cref="CecilCompiler.Build"/> makes.</summary>
public sealed record CecilBuildOptions
{
    /// <summary>The assembly's simple name: the files are <c>Name.dll</c>, <c>Name.pdb</c>, <c>Name.xml</c>.</summary>
    public required string AssemblyName { get; init; }

    /// <summary>The namespace of the generated classes; by default the PascalCase of <see cref="AssemblyName"/>.</summary>
    public string? Namespace { get; init; }

    /// <summary>Make the first file the entry point (run as <c>fluentc run</c> runs it) even when it is a module.</summary>
    public bool Executable { get; init; }

    /// <summary>Mark the assembly for debugging: the JIT does not optimize it, so a debugger sees every local and steps line by line.</summary>
    public bool Debug { get; init; }

    /// <summary>Keep the IL listing of every generated method (<see cref="CecilBuildResult.Listings"/>).</summary>
    public bool KeepListings { get; init; }

    /// <summary>The namespace to use: <see cref="Namespace"/>, or one made from the assembly name.</summary>
    public string EffectiveNamespace => Namespace ?? DefaultNamespace(AssemblyName);

    public static string DefaultNamespace(string assemblyName)
    {
        ArgumentNullException.ThrowIfNull(assemblyName);
        string[] parts = [.. assemblyName.Split('.').Select(ClrNames.Pascal).OfType<string>()];
        return parts.Length == 0 ? "FluentAIProgram" : string.Join(".", parts);
    }
}
