using System.Collections.Immutable;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Compiler.Binding;

public sealed partial class Binder
{
    internal ImmutableArray<TopLevelForm> BindModuleBody(ModuleSyntax module)
    {
        CollectContracts(module.Forms);
        return BindForms(module.Forms, module);
    }

    /// <summary>A module form that is not its file's only form: its forms run in place, in the file's globals.</summary>
    private BoundExpr BindInlineModule(ModuleSyntax module)
    {
        CollectContracts(module.Forms);
        var body = module.Forms.Select(BindTopLevelForm).Append(new ConstantExpr(module.Span, null));
        return new SequenceExpr(module.Span, [.. body]);
    }

    private BoundExpr BindImport(ImportSyntax import)
    {
        ModuleInfo? module = _modules.Load(_source, import.Path, Bag);
        if (module is null)
        {
            return new ConstantExpr(import.Span, null);
        }

        if (import.IsWildcard)
        {
            foreach ((string name, GlobalCell cell) in module.Exports)
            {
                _globals.Alias(name, cell);
            }
        }
        else
        {
            foreach (ImportItemSyntax item in import.Items)
            {
                if (module.Exports.TryGetValue(item.Name.Name, out GlobalCell? cell))
                {
                    _globals.Alias(item.LocalName, cell);
                }
                else
                {
                    Report(DiagnosticCode.NotExported, item.Name.Span, $"{item.Name.Name} is not exported by module {module.Name}");
                }
            }
        }

        return new ImportExpr(import.Span, module);
    }
}
