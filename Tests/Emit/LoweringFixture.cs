using FluentAI.Compiler.Binding;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Emit;

/// <summary>Binds FluentAI source to IR for the lowering-pass tests and finds functions and calls in it by name.</summary>
internal static class LoweringFixture
{
    public static BoundProgram Bind(string source, GlobalTable? globals = null)
    {
        BoundProgram program = Binder.BindProgram(SyntaxTree.Parse(new SourceText(source, "lowering.ai")), globals ?? new GlobalTable(), new ModuleLoader());
        Assert.IsFalse(program.HasErrors, string.Join("\n", program.Diagnostics));
        return program;
    }

    public static KnownFunctions Known(string source) => KnownFunctions.Analyze(Bind(source).Forms);

    /// <summary>Every lambda of the program, nested ones included, in source order.</summary>
    public static List<LambdaExpr> Lambdas(BoundProgram program)
    {
        var collector = new Collector<LambdaExpr>();
        foreach (TopLevelForm form in program.Forms)
        {
            collector.Visit(form.Body);
        }

        return collector.Found;
    }

    public static LambdaExpr Lambda(BoundProgram program, string name) =>
        Lambdas(program).Single(l => l.Function.Name == name);

    /// <summary>The calls in <paramref name="lambda"/>'s body whose callee is the global or local named <paramref name="callee"/>.</summary>
    public static List<CallExpr> CallsTo(LambdaExpr lambda, string callee)
    {
        var collector = new Collector<CallExpr>();
        collector.Visit(lambda.Body);
        return collector.Found.Where(c => c.Callee switch
        {
            GlobalLoadExpr global => global.Cell.Name == callee,
            LocalLoadExpr local => local.Variable.Name == callee,
            _ => false,
        }).ToList();
    }

    public static List<T> All<T>(BoundExpr root)
        where T : BoundExpr
    {
        var collector = new Collector<T>();
        collector.Visit(root);
        return collector.Found;
    }

    private sealed class Collector<T> : IrWalker
        where T : BoundExpr
    {
        public List<T> Found { get; } = [];

        public override void Visit(BoundExpr expr)
        {
            if (expr is T match)
            {
                Found.Add(match);
            }

            base.Visit(expr);
        }
    }
}
