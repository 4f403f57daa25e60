using FluentAI.Compiler.Diagnostics;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>A built assembly in memory (image, portable PDB, XML documentation), or the diagnostics that stopped the build.</summary>
public sealed class CecilBuildResult
{
    private CecilBuildResult(string assemblyName, IReadOnlyList<Diagnostic> diagnostics, byte[] image, byte[] pdb, string documentation, bool isExecutable, IReadOnlyList<string> listings)
    {
        AssemblyName = assemblyName;
        Diagnostics = diagnostics;
        Image = image;
        Pdb = pdb;
        Documentation = documentation;
        IsExecutable = isExecutable;
        Listings = listings;
    }

    public string AssemblyName { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The bytes of <c>Name.dll</c> (empty when the build failed).</summary>
    public byte[] Image { get; }

    /// <summary>The bytes of the portable <c>Name.pdb</c>.</summary>
    public byte[] Pdb { get; }

    /// <summary>The text of <c>Name.xml</c>, the XML documentation file.</summary>
    public string Documentation { get; }

    /// <summary>Whether the assembly has an entry point (<c>dotnet Name.dll</c> runs it).</summary>
    public bool IsExecutable { get; }

    /// <summary>The IL listing of every generated method, when <see cref="CecilBuildOptions.KeepListings"/> asked for them.</summary>
    public IReadOnlyList<string> Listings { get; }

    internal static CecilBuildResult Failed(string assemblyName, IReadOnlyList<Diagnostic> diagnostics) =>
        new(assemblyName, diagnostics, [], [], string.Empty, false, []);

    internal static CecilBuildResult Built(string assemblyName, IReadOnlyList<Diagnostic> diagnostics, byte[] image, byte[] pdb, string documentation, bool isExecutable, IReadOnlyList<string> listings) =>
        new(assemblyName, diagnostics, image, pdb, documentation, isExecutable, listings);
}
