using FluentAI.Compiler.Ir;
using FluentAI.Runtime;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Vm;

public sealed partial class VirtualMachine
{
    /// <summary>
    /// A binary operator: the fast path while the global still holds the builtin (the program may
    /// redefine it, and then the new definition is called).
    /// </summary>
    private static object? Primitive(int op, GlobalCell cell, object? a, object? b)
    {
        object? current = cell.Value;
        if (!ReferenceEquals(current, cell.Builtin) || current is null)
        {
            return current is FunctionValue f ? f.Invoke(a, b) : throw Runtime.Errors.RuntimeErrors.NotAFunction(current);
        }

        if (a is long x && b is long y)
        {
            return FixnumPrimitive(op, x, y);
        }

        return (PrimitiveOp)op switch
        {
            PrimitiveOp.Add => RuntimeOps.Add(a, b),
            PrimitiveOp.Subtract => RuntimeOps.Sub(a, b),
            PrimitiveOp.Multiply => RuntimeOps.Mul(a, b),
            PrimitiveOp.Less => RuntimeOps.Bool(RuntimeOps.Less(a, b)),
            PrimitiveOp.Greater => RuntimeOps.Bool(RuntimeOps.Greater(a, b)),
            PrimitiveOp.LessEqual => RuntimeOps.Bool(RuntimeOps.LessEqual(a, b)),
            PrimitiveOp.GreaterEqual => RuntimeOps.Bool(RuntimeOps.GreaterEqual(a, b)),
            PrimitiveOp.Equal => RuntimeOps.Bool(RuntimeOps.Equal(a, b)),
            _ => RuntimeOps.Bool(!RuntimeOps.Equal(a, b)),
        };
    }

    /// <summary>The operators on two fixnums; overflow falls back to the BigInteger path of the runtime.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static object FixnumPrimitive(int op, long x, long y)
    {
        switch ((PrimitiveOp)op)
        {
            case PrimitiveOp.Add:
                long sum = unchecked(x + y);
                return ((x ^ sum) & (y ^ sum)) >= 0 ? RuntimeOps.Box(sum) : RuntimeOps.Add(x, y);
            case PrimitiveOp.Subtract:
                long difference = unchecked(x - y);
                return ((x ^ y) & (x ^ difference)) >= 0 ? RuntimeOps.Box(difference) : RuntimeOps.Sub(x, y);
            case PrimitiveOp.Multiply:
                // Not RuntimeOps.Mul(x, y): that takes objects, so the call would box both operands.
                long high = Math.BigMul(x, y, out long product);
                return high == product >> 63 ? RuntimeOps.Box(product) : RuntimeOps.Mul(RuntimeOps.Box(x), RuntimeOps.Box(y));
            case PrimitiveOp.Less: return RuntimeOps.Bool(x < y);
            case PrimitiveOp.Greater: return RuntimeOps.Bool(x > y);
            case PrimitiveOp.LessEqual: return RuntimeOps.Bool(x <= y);
            case PrimitiveOp.GreaterEqual: return RuntimeOps.Bool(x >= y);
            case PrimitiveOp.Equal: return RuntimeOps.Bool(x == y);
            default: return RuntimeOps.Bool(x != y);
        }
    }

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
