using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// A counting loop that sums a term: a typed function whose body is
/// <c>(if (&gt; i n) acc (f ... (+ i 1) ... n ... (+ acc term) ...))</c> (or the test the other way round,
/// <c>(if (&lt;= i n) (f ...) acc)</c>), where <c>n</c> and every other parameter pass on unchanged and
/// <c>term</c> is straight-line integer code of the parameters other than <c>acc</c>. Such a loop is a
/// reduction: its sum may be taken in four interleaved partial sums (<see cref="TypedFunctionEmitter"/>'s
/// unrolled pre-loop), since typed arithmetic is exact or leaves typed code, which then reruns the call on
/// boxed values. <see cref="Counter"/>, <see cref="Limit"/> and <see cref="Accumulator"/> are parameter indexes.
/// </summary>
internal sealed record SumLoop(int Counter, int Limit, int Accumulator, BoundExpr Term)
{
    /// <summary>The loop's shape, when <paramref name="body"/> of <paramref name="function"/> is one (all three parameters <c>long</c>).</summary>
    public static SumLoop? Match(FunctionInfo function, BoundExpr body, TypedSignature signature, KnownFunctions known)
    {
        if (body is not IfExpr { Condition: PrimitiveCallExpr test } @if || signature.ReturnType != typeof(long))
        {
            return null;
        }

        // (> i n) or (< n i) exits when true; (<= i n) or (>= n i) loops when true.
        (LocalVariable? counter, LocalVariable? limit, bool exitsWhenTrue) = test switch
        {
            { Op: PrimitiveOp.Greater, Left: LocalLoadExpr i, Right: LocalLoadExpr to } => (i.Variable, to.Variable, true),
            { Op: PrimitiveOp.Less, Left: LocalLoadExpr to, Right: LocalLoadExpr i } => (i.Variable, to.Variable, true),
            { Op: PrimitiveOp.LessEqual, Left: LocalLoadExpr i, Right: LocalLoadExpr to } => (i.Variable, to.Variable, false),
            { Op: PrimitiveOp.GreaterEqual, Left: LocalLoadExpr to, Right: LocalLoadExpr i } => (i.Variable, to.Variable, false),
            _ => ((LocalVariable?)null, (LocalVariable?)null, false),
        };
        (BoundExpr exit, BoundExpr loop) = exitsWhenTrue ? (@if.Then, @if.Else) : (@if.Else, @if.Then);
        int c = Parameter(function, counter);
        int n = Parameter(function, limit);
        int a = exit is LocalLoadExpr result ? Parameter(function, result.Variable) : -1;
        if (c < 0 || n < 0 || a < 0 || c == n || a == c || a == n
            || signature.ParameterTypes[c] != typeof(long) || signature.ParameterTypes[n] != typeof(long) || signature.ParameterTypes[a] != typeof(long)
            || loop is not CallExpr call || known.Callee(call)?.Function != function || call.Arguments.Length != function.ParameterCount)
        {
            return null;
        }

        BoundExpr? term = null;
        for (int j = 0; j < call.Arguments.Length; j++)
        {
            BoundExpr argument = call.Arguments[j];
            bool fits = j == c ? IsIncrement(argument, function.Locals[c])
                : j == a ? (term = SummedTerm(argument, function.Locals[a])) is not null
                : argument is LocalLoadExpr same && same.Variable == function.Locals[j];
            if (!fits)
            {
                return null;
            }
        }

        return term is not null && IsIntegerTerm(term, function, signature, function.Locals[a]) ? new SumLoop(c, n, a, term) : null;
    }

    private static int Parameter(FunctionInfo function, LocalVariable? variable)
    {
        for (int i = 0; variable is not null && i < function.ParameterCount; i++)
        {
            if (function.Locals[i] == variable)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><c>(+ i 1)</c> or <c>(+ 1 i)</c>.</summary>
    private static bool IsIncrement(BoundExpr argument, LocalVariable counter) => argument is PrimitiveCallExpr { Op: PrimitiveOp.Add } add
        && (add is { Left: LocalLoadExpr l, Right: ConstantExpr { Value: 1L } } && l.Variable == counter
            || add is { Left: ConstantExpr { Value: 1L }, Right: LocalLoadExpr r } && r.Variable == counter);

    /// <summary>The term of <c>(+ acc term)</c> or <c>(+ term acc)</c>, else null.</summary>
    private static BoundExpr? SummedTerm(BoundExpr argument, LocalVariable accumulator) => argument switch
    {
        PrimitiveCallExpr { Op: PrimitiveOp.Add, Left: LocalLoadExpr l, Right: var term } when l.Variable == accumulator => term,
        PrimitiveCallExpr { Op: PrimitiveOp.Add, Left: var term, Right: LocalLoadExpr r } when r.Variable == accumulator => term,
        _ => null,
    };

    /// <summary>Integer literals, <c>long</c> parameters other than the accumulator, and <c>+ - *</c> of such.</summary>
    private static bool IsIntegerTerm(BoundExpr term, FunctionInfo function, TypedSignature signature, LocalVariable accumulator) => term switch
    {
        ConstantExpr { Value: long } => true,
        LocalLoadExpr load => load.Variable != accumulator && Parameter(function, load.Variable) is int p && p >= 0 && signature.ParameterTypes[p] == typeof(long),
        PrimitiveCallExpr { Op: PrimitiveOp.Add or PrimitiveOp.Subtract or PrimitiveOp.Multiply } primitive =>
            IsIntegerTerm(primitive.Left, function, signature, accumulator) && IsIntegerTerm(primitive.Right, function, signature, accumulator),
        _ => false,
    };
}
