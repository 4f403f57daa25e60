using BenchmarkDotNet.Attributes;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Benchmarks;

/// <summary>
/// The original FluentAI parser benchmarks, one per input in Programs/parser (Rust figures in
/// /work/shared/bench/parser/README.md). Each input is checked once in <see cref="Setup"/>.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _simpleExpr = "";
    private string _nestedExpr = "";
    private string _lambda = "";
    private string _letBinding = "";
    private string _listLiteral = "";
    private string _complexExpr = "";
    private string _largeProgram = "";

    [GlobalSetup]
    public void Setup()
    {
        _simpleExpr = Load("simple_expr.ai", typeof(CallSyntax));
        _nestedExpr = Load("nested_expr.ai", typeof(CallSyntax));
        _lambda = Load("lambda.ai", typeof(LambdaSyntax));
        _letBinding = Load("let_binding.ai", typeof(LetSyntax));
        _listLiteral = Load("list_literal.ai", typeof(ListLiteralSyntax));
        _complexExpr = Load("complex_expr.ai", typeof(LetSyntax));
        _largeProgram = Load("large_program.ai", typeof(LetSyntax));
    }

    [Benchmark(Baseline = true)]
    public SyntaxTree SimpleExpr() => SyntaxTree.Parse(_simpleExpr);

    [Benchmark]
    public SyntaxTree NestedExpr() => SyntaxTree.Parse(_nestedExpr);

    [Benchmark]
    public SyntaxTree Lambda() => SyntaxTree.Parse(_lambda);

    [Benchmark]
    public SyntaxTree LetBinding() => SyntaxTree.Parse(_letBinding);

    [Benchmark]
    public SyntaxTree ListLiteral() => SyntaxTree.Parse(_listLiteral);

    [Benchmark]
    public SyntaxTree ComplexExpr() => SyntaxTree.Parse(_complexExpr);

    [Benchmark]
    public SyntaxTree LargeProgram() => SyntaxTree.Parse(_largeProgram);

    /// <summary>Reads an input and proves it parses to one form of the expected kind without diagnostics.</summary>
    private static string Load(string name, Type expectedForm)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Programs", "parser", name));
        SyntaxTree tree = SyntaxTree.Parse(text, name);
        if (tree.Diagnostics.Count != 0)
        {
            throw new InvalidOperationException($"{name}: {tree.Diagnostics[0]}");
        }

        if (tree.Root.Forms.Length != 1 || tree.Root.Forms[0].GetType() != expectedForm)
        {
            throw new InvalidOperationException($"{name}: expected one {expectedForm.Name}, got {tree.Root.Forms.Length} forms");
        }

        return text;
    }
}
