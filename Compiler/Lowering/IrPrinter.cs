using System.Text;
using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Printing;

namespace FluentAI.Compiler.Lowering;

/// <summary>Prints IR as indented S-expressions, locals as name#slot, captures as ^name, globals as $name.</summary>
public static class IrPrinter
{
    public static string Print(BoundExpr expr)
    {
        var output = new StringBuilder();
        Write(expr, output, 0);
        return output.ToString();
    }

    private static void Write(BoundExpr expr, StringBuilder output, int indent)
    {
        switch (expr)
        {
            case ConstantExpr constant:
                output.Append(constant.Value is string s ? "\"" + s + "\"" : Printer.Display(constant.Value) is { Length: > 0 } shown ? shown : "nil");
                break;
            case LocalLoadExpr load:
                output.Append(load.Variable.Owner.Name == "<top>" || !load.Variable.IsCaptured ? "" : "^").Append(load.Variable);
                break;
            case GlobalLoadExpr global:
                output.Append('$').Append(global.Cell.Name);
                break;
            default:
                WriteCompound(expr, output, indent);
                break;
        }
    }

    private static void WriteCompound(BoundExpr expr, StringBuilder output, int indent)
    {
        (string head, IEnumerable<BoundExpr> children) = expr switch
        {
            GlobalDefineExpr d => ($"define ${d.Cell.Name}", [d.Value]),
            GlobalExportExpr e => ($"export ${e.Cell.Name} {e.Variable}", []),
            ListExpr l => ("list", l.Items),
            CallExpr c => ("call", [c.Callee, .. c.Arguments]),
            PrimitiveCallExpr p => ($"prim {p.Op}", [p.Left, p.Right]),
            LambdaExpr f => ($"lambda {f.Function.Name} ({string.Join(' ', f.Function.Locals.Take(f.Function.ParameterCount))}) captures ({string.Join(' ', f.Function.Captures)})", [f.Body]),
            LetExpr let => ($"let ({string.Join(' ', let.Bindings.Select(b => b.Variable))})", [.. let.Bindings.Select(b => b.Value), let.Body]),
            IfExpr i => ("if", [i.Condition, i.Then, i.Else]),
            SequenceExpr s => ("do", s.Body),
            AndExpr a => ("and", a.Operands),
            OrExpr o => ("or", o.Operands),
            MatchExpr m => ($"match {m.Temp} [{string.Join(" | ", m.Clauses.Select(c => PatternText(c.Pattern)))}]", [m.Scrutinee, .. m.Clauses.Select(c => c.Body)]),
            HandlerExpr h => ($"handler ({string.Join(' ', h.Entries.Select(e => e.Operation))})", [.. h.Entries.Select(e => e.Handler), h.Body]),
            ImportExpr m => ($"import {m.Module.Name}", []),
            ContractCheckExpr c => ($"check \"{c.Message}\"", [c.Condition]),
            _ => (expr.GetType().Name, []),
        };
        output.Append('(').Append(head);
        foreach (BoundExpr child in children)
        {
            output.Append('\n').Append(' ', indent + 2);
            Write(child, output, indent + 2);
        }

        output.Append(')');
    }

    private static string PatternText(BoundPattern pattern) => pattern switch
    {
        WildcardPattern => "_",
        VariablePattern v => v.Variable.ToString(),
        LiteralPattern l => l.Value is string s ? "\"" + s + "\"" : Printer.Display(l.Value),
        ConstructorPattern c => $"({c.Name}{string.Concat(c.Arguments.Select(a => " " + PatternText(a)))})",
        ListPattern l => $"[{string.Join(' ', l.Items.Select(PatternText))}{(l.Rest is null ? "" : " ... " + PatternText(l.Rest))}]",
        _ => "?",
    };
}
