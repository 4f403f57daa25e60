using System.Runtime.CompilerServices;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

public static partial class CompiledOps
{
    // Operator codes shared with the compiler's PrimitiveOp (same order).
    public const int OpAdd = 0;
    public const int OpSubtract = 1;
    public const int OpMultiply = 2;
    public const int OpLess = 3;
    public const int OpGreater = 4;
    public const int OpLessEqual = 5;
    public const int OpGreaterEqual = 6;
    public const int OpEqual = 7;
    public const int OpNotEqual = 8;

    /// <summary>
    /// A binary builtin operator on any values: while <paramref name="slot"/> still holds its builtin
    /// the operator itself, otherwise whatever the program defined in its place. Raises on error.
    /// </summary>
    public static object? ApplyPrimitive(int op, GlobalSlot slot, object? a, object? b)
    {
        object? current = slot.Value;
        if (!ReferenceEquals(current, slot.Builtin) || current is null)
        {
            return current is FunctionValue f ? f.Invoke(a, b) : throw RuntimeErrors.NotAFunction(current);
        }

        if (a is long x && b is long y)
        {
            return Fixnum(op, x, y);
        }

        return op switch
        {
            OpAdd => RuntimeOps.Add(a, b),
            OpSubtract => RuntimeOps.Sub(a, b),
            OpMultiply => RuntimeOps.Mul(a, b),
            OpLess => RuntimeOps.Bool(RuntimeOps.Less(a, b)),
            OpGreater => RuntimeOps.Bool(RuntimeOps.Greater(a, b)),
            OpLessEqual => RuntimeOps.Bool(RuntimeOps.LessEqual(a, b)),
            OpGreaterEqual => RuntimeOps.Bool(RuntimeOps.GreaterEqual(a, b)),
            OpEqual => RuntimeOps.Bool(RuntimeOps.Equal(a, b)),
            _ => RuntimeOps.Bool(!RuntimeOps.Equal(a, b)),
        };
    }

    /// <summary>The operators on two fixnums; overflow falls back to the BigInteger path of the runtime.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Fixnum(int op, long x, long y)
    {
        switch (op)
        {
            case OpAdd:
                return AddLong(x, y);
            case OpSubtract:
                return SubtractLong(x, y);
            case OpMultiply:
                return MultiplyLong(x, y);
            case OpLess: return RuntimeOps.Bool(x < y);
            case OpGreater: return RuntimeOps.Bool(x > y);
            case OpLessEqual: return RuntimeOps.Bool(x <= y);
            case OpGreaterEqual: return RuntimeOps.Bool(x >= y);
            case OpEqual: return RuntimeOps.Bool(x == y);
            default: return RuntimeOps.Bool(x != y);
        }
    }

    /// <summary>Two fixnums added and boxed; BigInteger on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object AddLong(long x, long y)
    {
        long sum = unchecked(x + y);
        return ((x ^ sum) & (y ^ sum)) >= 0 ? RuntimeOps.Box(sum) : RuntimeOps.Add(x, y);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object SubtractLong(long x, long y)
    {
        long difference = unchecked(x - y);
        return ((x ^ y) & (x ^ difference)) >= 0 ? RuntimeOps.Box(difference) : RuntimeOps.Sub(x, y);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object MultiplyLong(long x, long y)
    {
        // Not RuntimeOps.Mul(x, y): that takes objects, so the call would box both operands.
        long high = Math.BigMul(x, y, out long product);
        return high == product >> 63 ? RuntimeOps.Box(product) : RuntimeOps.Mul(RuntimeOps.Box(x), RuntimeOps.Box(y));
    }

    /// <summary>The slow path of an operator in compiled code: not two fixnums, or a redefined builtin.</summary>
    public static object? Primitive(int op, object? a, object? b, GlobalSlot slot, SourceSite site)
    {
        try
        {
            return ApplyPrimitive(op, slot, a, b);
        }
        catch (FluentException error) when (error.Position is null) // only the innermost site: no rethrow chain through outer frames
        {
            return Fail(error, site);
        }
    }

    /// <summary>The slow path of an operator used as a condition.</summary>
    public static bool PrimitiveTest(int op, object? a, object? b, GlobalSlot slot, SourceSite site) =>
        RuntimeOps.IsTruthy(Primitive(op, a, b, slot, site));

    /// <summary>The literal test of a <c>match</c> pattern.</summary>
    public static bool PatternEquals(object? value, object? literal, SourceSite site)
    {
        try
        {
            return RuntimeOps.Equal(value, literal);
        }
        catch (FluentException error) when (error.Position is null) // only the innermost site: no rethrow chain through outer frames
        {
            return RuntimeOps.IsTruthy(Fail(error, site));
        }
    }
}
