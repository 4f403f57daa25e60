using FluentAI.Compiler.Ir;
using FluentAI.Runtime;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Vm;

public sealed partial class VirtualMachine
{
    /// <summary>A binary operator: the builtin while the global still holds it, else the program's definition.</summary>
    private static object? Primitive(int op, GlobalCell cell, object? a, object? b) => CompiledOps.ApplyPrimitive(op, cell, a, b);

    /// <summary>The operators on two fixnums; overflow falls back to the BigInteger path of the runtime.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static object FixnumPrimitive(int op, long x, long y) => CompiledOps.Fixnum(op, x, y);

    /// <summary>An operator on two fixnums used as a condition (comparisons without boxing the result).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool FixnumTest(int op, long x, long y) => (PrimitiveOp)op switch
    {
        PrimitiveOp.Less => x < y,
        PrimitiveOp.Greater => x > y,
        PrimitiveOp.LessEqual => x <= y,
        PrimitiveOp.GreaterEqual => x >= y,
        PrimitiveOp.Equal => x == y,
        PrimitiveOp.NotEqual => x != y,
        _ => RuntimeOps.IsTruthy(FixnumPrimitive(op, x, y)),
    };
}
