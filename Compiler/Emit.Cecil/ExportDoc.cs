using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// What the source says about one export, for the XML documentation file: the <c>;</c> comment lines
/// right above its <c>define</c>, its parameters, its contract (<c>:requires</c>, <c>:ensures</c>) and a type
/// ascription of its value or its body (<c>(define (f x) (: ... Int))</c>).
/// </summary>
internal sealed record ExportDoc(
    string Name,
    string? Comment,
    IReadOnlyList<string> Parameters,
    IReadOnlyList<string> Requires,
    IReadOnlyList<string> Ensures,
    string? Ascription,
    string File,
    int? Line)
{
    public static ExportDoc Find(SyntaxTree tree, string name)
    {
        ExprSyntax[] forms = [.. Flatten(tree.Root.Forms is [ModuleSyntax module] ? module.Forms : tree.Root.Forms)];
        DefineSyntax? define = forms.OfType<DefineSyntax>().FirstOrDefault(d => d.Name.Name == name);
        ContractSyntax[] contracts = [.. forms.OfType<ContractSyntax>().Where(c => c.Function.Name == name)];
        SourceText source = tree.Source;
        IReadOnlyList<string> parameters = define?.Value is LambdaSyntax lambda ? [.. lambda.Parameters.Select(p => p.Name)] : [];
        ExprSyntax? typed = define?.Value is LambdaSyntax function ? function.Body : define?.Value;
        return new ExportDoc(
            name,
            define is null ? null : CommentAbove(source, source.GetLocation(define.Span.Start).Line),
            parameters,
            [.. contracts.SelectMany(c => c.Requires).Select(e => source.ToString(e.Span))],
            [.. contracts.SelectMany(c => c.Ensures).Select(e => source.ToString(e.Span))],
            typed is AscriptionSyntax ascription ? source.ToString(ascription.Type.Span) : null,
            Path.GetFileName(source.Path),
            define is null ? null : source.GetLocation(define.Span.Start).Line);
    }

    /// <summary>The <c>;</c> comment lines directly above <paramref name="line"/>, without their semicolons.</summary>
    private static string? CommentAbove(SourceText source, int line)
    {
        var lines = new List<string>();
        for (int i = line - 1; i >= 1; i--)
        {
            string text = source.GetLineText(i).Trim();
            if (!text.StartsWith(';'))
            {
                break;
            }

            lines.Insert(0, text.TrimStart(';').Trim());
        }

        return lines.Count == 0 ? null : string.Join(" ", lines);
    }

    /// <summary>Top-level forms, with the forms of <c>do</c> blocks flattened in.</summary>
    private static IEnumerable<ExprSyntax> Flatten(IEnumerable<ExprSyntax> forms) =>
        forms.SelectMany(f => f is DoSyntax block ? Flatten(block.Body) : [f]);
}
