using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>The .NET names of one module: its public class and, per export, the member it becomes.</summary>
internal sealed record ModuleNames(ModuleInfo Module, string ClassName, IReadOnlyList<ExportName> Exports);

/// <summary>An exported FluentAI name and the .NET member name it becomes.</summary>
internal sealed record ExportName(string Name, string Member, TextSpan Span);

/// <summary>
/// Gives every module of a build its class name and every export its member name
/// (<see cref="ClrNames.Pascal"/>). Two names that meet are FL0401, a name with no .NET form FL0402,
/// each reported where the second name is written.
/// </summary>
internal static class PublicNames
{
    public static List<ModuleNames> Assign(IReadOnlyList<ModuleInfo> modules, DiagnosticBag diagnostics)
    {
        var result = new List<ModuleNames>();
        var classes = new Dictionary<string, ModuleInfo>(StringComparer.Ordinal);
        foreach (ModuleInfo module in modules)
        {
            SyntaxTree tree = module.Tree ?? throw new InvalidOperationException($"module {module.Name} has no syntax tree");
            ModuleSyntax? syntax = tree.Root.Forms is [ModuleSyntax only] ? only : null;
            TextSpan nameSpan = syntax?.Name.Span ?? new TextSpan(0, 0);
            string? className = ClrNames.Pascal(module.Name);
            if (className is null)
            {
                diagnostics.Report(DiagnosticCode.NoClrName, tree.Source, nameSpan, $"The module name {module.Name} has no .NET class name: it needs a letter or digit");
                continue;
            }

            if (classes.TryGetValue(className, out ModuleInfo? other))
            {
                diagnostics.Report(DiagnosticCode.ClrNameCollision, tree.Source, nameSpan, $"The modules {other.Name} and {module.Name} are both the .NET class {className}");
                continue;
            }

            classes[className] = module;
            result.Add(new ModuleNames(module, className, Members(module, className, syntax, tree, diagnostics)));
        }

        return result;
    }

    private static List<ExportName> Members(ModuleInfo module, string className, ModuleSyntax? syntax, SyntaxTree tree, DiagnosticBag diagnostics)
    {
        Dictionary<string, TextSpan> spans = ExportSpans(syntax, tree);
        var members = new List<ExportName>();
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string export in module.Exports.Keys)
        {
            TextSpan span = spans.GetValueOrDefault(export);
            string? member = ClrNames.Pascal(export);
            if (member is null)
            {
                diagnostics.Report(DiagnosticCode.NoClrName, tree.Source, span, $"The export {export} of module {module.Name} has no .NET name: it needs a letter or digit");
                continue;
            }

            if (member == className)
            {
                diagnostics.Report(DiagnosticCode.ClrNameCollision, tree.Source, span, $"The export {export} would be named {member}, like its module's class");
                continue;
            }

            if (taken.TryGetValue(member, out string? other))
            {
                diagnostics.Report(DiagnosticCode.ClrNameCollision, tree.Source, span, $"The exports {other} and {export} of module {module.Name} are both the .NET name {member}");
                continue;
            }

            taken[member] = export;
            members.Add(new ExportName(export, member, span));
        }

        return members;
    }

    /// <summary>Where each export is named: in the module's export list, or at its define in a file without a module form.</summary>
    private static Dictionary<string, TextSpan> ExportSpans(ModuleSyntax? syntax, SyntaxTree tree)
    {
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        IEnumerable<SymbolSyntax> names = syntax is not null
            ? syntax.Exports
            : tree.Root.Forms.OfType<DefineSyntax>().Select(d => d.Name);
        foreach (SymbolSyntax name in names)
        {
            spans.TryAdd(name.Name, name.Span);
        }

        return spans;
    }
}
