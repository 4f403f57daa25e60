using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Vm;

/// <summary>A compiled function: bytecode, constants, frame layout and a side table of source offsets.</summary>
public sealed class Proto(string name, int arity, int localCount, int maxStack, int[] code, object?[] constants, int[] offsets, SourceText source, string[] localNames)
{
    public string Name { get; } = name;

    public int Arity { get; } = arity;

    /// <summary>Parameters plus every other local slot.</summary>
    public int LocalCount { get; } = localCount;

    /// <summary>The deepest operand stack the code reaches above its locals.</summary>
    public int MaxStack { get; } = maxStack;

    public int FrameSize => LocalCount + MaxStack;

    public int[] Code { get; } = code;

    public object?[] Constants { get; } = constants;

    /// <summary>For each code index, the source offset of the expression that emitted it.</summary>
    public int[] Offsets { get; } = offsets;

    public SourceText Source { get; } = source;

    /// <summary>The name of each frame slot, for errors and the disassembler.</summary>
    public string[] LocalNames { get; } = localNames;
}
