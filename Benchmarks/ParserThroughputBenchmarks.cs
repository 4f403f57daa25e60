using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Benchmarks;

/// <summary>Parser throughput on a generated program of about 1 MB; the MB/s column is computed from the mean.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParserThroughputBenchmarks
{
    public const int TargetBytes = 1 << 20;

    private string _program = "";
    private int _expectedForms;

    /// <summary>The generated program's size in bytes (UTF-8; the program is ASCII).</summary>
    public static int ProgramBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        (_program, _expectedForms) = Generate(TargetBytes);
        ProgramBytes = Encoding.UTF8.GetByteCount(_program);
        SyntaxTree tree = SyntaxTree.Parse(_program, "generated.ai");
        if (tree.Diagnostics.Count != 0 || tree.Root.Forms.Length != _expectedForms)
        {
            throw new InvalidOperationException($"generated program: {tree.Diagnostics.Count} diagnostics, {tree.Root.Forms.Length} forms");
        }
    }

    [Benchmark]
    public SyntaxTree ParseOneMegabyte() => SyntaxTree.Parse(_program);

    /// <summary>A deterministic mix of every common form, with distinct names, until <paramref name="bytes"/> is reached.</summary>
    public static (string Program, int Forms) Generate(int bytes)
    {
        var sb = new StringBuilder(bytes + 1024);
        int forms = 0;
        for (int i = 0; sb.Length < bytes; i++)
        {
            sb.Append("; function number ").Append(i).Append('\n');
            sb.Append("(define (process-").Append(i).Append(" items limit)\n");
            sb.Append("  (let ((total (fold (lambda (acc x) (+ acc (* x ").Append(i % 97).Append("))) 0 items))\n");
            sb.Append("        (label \"result of step ").Append(i).Append("\\n\")\n");
            sb.Append("        (ratio ").Append(i % 13).Append(".25e-1))\n");
            sb.Append("    (if (and (> total limit) (not (empty? items)))\n");
            sb.Append("        (match items ([first, second ... rest] (cons first rest)) ((Some v) v) (_ [1 2 3 \"x\" #t]))\n");
            sb.Append("        (io:print label (* total ratio)))))\n");
            sb.Append("(data Shape").Append(i).Append(" (Circle Float) (Rect Float Float))\n");
            sb.Append("(process-").Append(i).Append(" [").Append(i).Append(" 2 3 4 5 6 7 8 9 10] 100)\n");
            forms += 3;
        }

        return (sb.ToString(), forms);
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ParserThroughputColumn());
    }
}
