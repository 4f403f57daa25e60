using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Vm;

/// <summary>A compiled function: bytecode, constants, frame layout and a side table of source offsets.</summary>
public sealed class Proto(string name, int arity, int localCount, int maxStack, int[] code, int codeLength, object?[] constants, SourceText source, string[] localNames)
{
    public string Name { get; } = name;

    public int Arity { get; } = arity;

    /// <summary>Parameters plus every other local slot.</summary>
    public int LocalCount { get; } = localCount;

    /// <summary>The deepest operand stack the code reaches above its locals.</summary>
    public int MaxStack { get; } = maxStack;

    public int FrameSize => LocalCount + MaxStack;

    /// <summary>
    /// The bytecode in [0, <see cref="CodeLength"/>), followed in the same array by the source offset of
    /// each code word (one allocation for both; read offsets through <see cref="OffsetAt"/>).
    /// </summary>
    public int[] Code { get; } = code;

    public int CodeLength { get; } = codeLength;

    public object?[] Constants { get; } = constants;

    /// <summary>The source offset of the expression that emitted the code word at <paramref name="ip"/>.</summary>
    public int OffsetAt(int ip) => Code[CodeLength + Math.Clamp(ip, 0, CodeLength - 1)];

    public SourceText Source { get; } = source;

    /// <summary>The name of each frame slot, for errors and the disassembler.</summary>
    public string[] LocalNames { get; } = localNames;

    /// <summary>The name of each captured variable, in capture order, for errors.</summary>
    public string[] CaptureNames { get; init; } = [];

    /// <summary>The function this was compiled from (Tiered mode compiles hot ones to IL).</summary>
    public FunctionInfo? Function { get; init; }

    /// <summary>
    /// Calls left before the VM offers the function to its tier-up hook (Tiered mode); counts down on
    /// every call. Negative until a VM with a hook first makes a closure of it.
    /// </summary>
    public int TierCountdown = -1;
}
