using System.Runtime.InteropServices;
using Mono.Cecil;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// The public face of the .NET base library that built assemblies reference: <c>System.Runtime</c> from
/// the SDK's <c>Microsoft.NETCore.App.Ref</c> pack (as C# projects do), never the implementation
/// assembly <c>System.Private.CoreLib</c>. Without a ref pack (a machine with only the runtime), the
/// runtime's own <c>System.Runtime</c> facade gives the same names and version.
/// </summary>
internal sealed class FrameworkReference
{
    public const string TargetFramework = ".NETCoreApp,Version=v10.0";
    public const string TargetFrameworkDisplayName = ".NET 10.0";
    private const string RefPack = "Microsoft.NETCore.App.Ref";
    private const string TargetMoniker = "net10.0";

    private static readonly Lazy<FrameworkReference> Instance = new(Load);

    private readonly HashSet<string> _types;

    private FrameworkReference(string path, AssemblyNameReference name, HashSet<string> types)
    {
        Path = path;
        Name = name;
        _types = types;
    }

    public static FrameworkReference SystemRuntime => Instance.Value;

    /// <summary>The System.Runtime.dll read for the type list.</summary>
    public string Path { get; }

    /// <summary>Its identity (name, version, public key token); copy it into each module (<see cref="NewReference"/>).</summary>
    public AssemblyNameReference Name { get; }

    /// <summary>Whether System.Runtime exposes a type of this Cecil full name (<c>System.Func`2</c>, <c>Outer/Nested</c>).</summary>
    public bool Exposes(string fullName) => _types.Contains(fullName);

    public AssemblyNameReference NewReference() => new(Name.Name, Name.Version) { PublicKeyToken = Name.PublicKeyToken };

    private static FrameworkReference Load()
    {
        string runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        string path = FindReferenceAssembly(runtimeDirectory) ?? System.IO.Path.Combine(runtimeDirectory, "System.Runtime.dll");
        using ModuleDefinition module = ModuleDefinition.ReadModule(path, new ReaderParameters(ReadingMode.Deferred));
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (TypeDefinition type in module.Types)
        {
            AddPublic(type, types);
        }

        foreach (ExportedType forwarded in module.ExportedTypes)
        {
            types.Add(forwarded.FullName);
        }

        AssemblyNameDefinition name = module.Assembly.Name;
        return new FrameworkReference(path, new AssemblyNameReference(name.Name, name.Version) { PublicKeyToken = name.PublicKeyToken }, types);
    }

    private static void AddPublic(TypeDefinition type, HashSet<string> types)
    {
        if (!(type.IsPublic || type.IsNestedPublic))
        {
            return;
        }

        types.Add(type.FullName);
        foreach (TypeDefinition nested in type.NestedTypes)
        {
            AddPublic(nested, types);
        }
    }

    /// <summary>dotnet/packs/Microsoft.NETCore.App.Ref/VERSION/ref/net10.0/System.Runtime.dll: the running runtime's version, else the newest 10.x.</summary>
    private static string? FindReferenceAssembly(string runtimeDirectory)
    {
        string root = System.IO.Path.GetFullPath(System.IO.Path.Combine(runtimeDirectory, "..", "..", ".."));
        string packs = System.IO.Path.Combine(root, "packs", RefPack);
        if (!Directory.Exists(packs))
        {
            return null;
        }

        string runtimeVersion = new DirectoryInfo(runtimeDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar)).Name;
        IEnumerable<string> candidates = Directory.GetDirectories(packs)
            .Select(System.IO.Path.GetFileName)
            .OfType<string>()
            .Where(v => v.StartsWith("10.", StringComparison.Ordinal))
            .OrderByDescending(v => v == runtimeVersion)
            .ThenByDescending(v => Version.TryParse(v.Split('-')[0], out Version? parsed) ? parsed : new Version(0, 0));
        foreach (string version in candidates)
        {
            string path = System.IO.Path.Combine(packs, version, "ref", TargetMoniker, "System.Runtime.dll");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
