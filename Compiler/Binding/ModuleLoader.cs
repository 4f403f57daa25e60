using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Binding;

/// <summary>
/// Loads imported module files for one program: each path is read, parsed and bound once and cached;
/// a path already being loaded is a circular import.
/// </summary>
public sealed class ModuleLoader(Runtime.Compiled.BuiltinGuard? guard = null)
{
    private readonly Dictionary<string, ModuleInfo> _loaded = new(StringComparer.Ordinal);
    private readonly List<string> _loading = [];
    private readonly List<ModuleInfo> _order = [];

    /// <summary>Every module loaded so far, each after the modules it imports.</summary>
    public IReadOnlyList<ModuleInfo> Loaded => _order;

    /// <summary>Loads <paramref name="importPath"/> relative to the folder of <paramref name="importer"/>; null with diagnostics on failure.</summary>
    internal ModuleInfo? Load(SourceText importer, StringLiteralSyntax importPath, DiagnosticBag diagnostics)
    {
        string folder = importer.Path.StartsWith('<') ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(importer.Path)) ?? ".";
        string fullPath = Path.GetFullPath(Path.Combine(folder, importPath.Value + ".ai"));
        if (_loaded.TryGetValue(fullPath, out ModuleInfo? cached))
        {
            return cached;
        }

        int cycleStart = _loading.IndexOf(fullPath);
        if (cycleStart >= 0)
        {
            IEnumerable<string> chain = _loading.Skip(cycleStart).Append(fullPath).Select(p => Path.GetFileNameWithoutExtension(p));
            diagnostics.Report(DiagnosticCode.CircularImport, importer, importPath.Span, $"Circular import: {string.Join(" -> ", chain)}");
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(fullPath, new System.Text.UTF8Encoding(false, true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            diagnostics.Report(DiagnosticCode.ModuleNotFound, importer, importPath.Span, $"Module not found: {importPath.Value}");
            return null;
        }

        var source = new SourceText(text, Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath));
        return Bind(fullPath, SyntaxTree.Parse(source), diagnostics);
    }

    /// <summary>
    /// Binds a parsed file as a module, as an import of its path would (<c>fluentc build</c> compiles
    /// the module files it is given this way); later imports of the same file get this module.
    /// Null with diagnostics on failure.
    /// </summary>
    public ModuleInfo? LoadModule(SyntaxTree tree, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(diagnostics);
        string fullPath = Path.GetFullPath(tree.Source.Path);
        return _loaded.TryGetValue(fullPath, out ModuleInfo? cached) ? cached : Bind(fullPath, tree, diagnostics);
    }

    private ModuleInfo? Bind(string fullPath, SyntaxTree tree, DiagnosticBag diagnostics)
    {
        SourceText source = tree.Source;
        if (tree.HasErrors)
        {
            diagnostics.AddRange(tree.Diagnostics);
            return null;
        }

        ModuleSyntax? moduleSyntax = tree.Root.Forms.Length == 1 ? tree.Root.Forms[0] as ModuleSyntax : null;
        var module = new ModuleInfo(moduleSyntax?.Name.Name ?? Path.GetFileNameWithoutExtension(fullPath), fullPath, new GlobalTable(guard)) { Tree = tree };
        _loading.Add(fullPath);
        try
        {
            var binder = new Binder(module.Globals, this, source);
            module.Forms = moduleSyntax is null
                ? binder.BindTopLevel(tree.Root.Forms, null)
                : binder.BindModuleBody(moduleSyntax);
            diagnostics.AddRange(binder.Diagnostics);
            IEnumerable<string> exports = moduleSyntax is null
                ? tree.Root.Forms.OfType<DefineSyntax>().Select(d => d.Name.Name)
                : moduleSyntax.Exports.Select(e => e.Name);
            foreach (string name in exports)
            {
                module.Exports[name] = module.Globals.Get(name);
            }
        }
        finally
        {
            _loading.RemoveAt(_loading.Count - 1);
        }

        _loaded[fullPath] = module;
        _order.Add(module);
        return module;
    }
}
