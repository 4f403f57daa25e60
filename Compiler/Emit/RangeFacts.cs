using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// What typed code knows about its integer locals where it stands: the comparisons that decided the
/// branches it is in (<c>i &lt;= n</c> in the else branch of <c>(if (&gt; i n) ...)</c>), and which
/// locals its entry proved are not <see cref="long.MaxValue"/> or <see cref="long.MinValue"/>. From them
/// it tells when <c>(+ i k)</c> or <c>(- i k)</c> cannot overflow, so the add needs no overflow check:
/// the range-check elimination of a counting loop, for overflow checks. FluentAI has no assignment, so a
/// local keeps its value in the branch that tested it; a self tail call stores new values only as it
/// jumps back to the start, where no fact is assumed.
/// </summary>
internal sealed class RangeFacts
{
    /// <summary>
    /// <c>Left &lt; Right</c> (or <c>&lt;=</c> when <see cref="OrEqual"/>); a side is a local or a constant. A class, not
    /// a struct: a list of structs is code no precompiled image holds, JIT-compiled at a fresh process's first Dynamic eval.
    /// </summary>
    private sealed record Fact(ILLocal? Left, long LeftConstant, ILLocal? Right, long RightConstant, bool OrEqual);

    private readonly List<Fact> _facts = [];
    private readonly HashSet<ILLocal> _notExtreme = [];

    public int Count => _facts.Count;

    /// <summary>The entry proved the local is neither <see cref="long.MaxValue"/> nor <see cref="long.MinValue"/>, and it never changes.</summary>
    public void NotExtreme(ILLocal local) => _notExtreme.Add(local);

    /// <summary>Forgets the facts added since <paramref name="count"/> facts were known.</summary>
    public void Restore(int count) => _facts.RemoveRange(count, _facts.Count - count);

    /// <summary>Assumes the comparison <c>(op left right)</c> came out <paramref name="outcome"/>.</summary>
    public void Assume(PrimitiveOp op, (ILLocal? Local, long Constant) left, (ILLocal? Local, long Constant) right, bool outcome)
    {
        if (!outcome)
        {
            op = op switch
            {
                PrimitiveOp.Less => PrimitiveOp.GreaterEqual,
                PrimitiveOp.Greater => PrimitiveOp.LessEqual,
                PrimitiveOp.LessEqual => PrimitiveOp.Greater,
                PrimitiveOp.GreaterEqual => PrimitiveOp.Less,
                _ => op,
            };
        }

        switch (op)
        {
            case PrimitiveOp.Less:
                _facts.Add(new Fact(left.Local, left.Constant, right.Local, right.Constant, OrEqual: false));
                break;
            case PrimitiveOp.LessEqual:
                _facts.Add(new Fact(left.Local, left.Constant, right.Local, right.Constant, OrEqual: true));
                break;
            case PrimitiveOp.Greater:
                _facts.Add(new Fact(right.Local, right.Constant, left.Local, left.Constant, OrEqual: false));
                break;
            case PrimitiveOp.GreaterEqual:
                _facts.Add(new Fact(right.Local, right.Constant, left.Local, left.Constant, OrEqual: true));
                break;
        }
    }

    /// <summary>Whether <c>local + amount</c> (<paramref name="amount"/> &gt; 0) is known not to overflow.</summary>
    public bool CanAdd(ILLocal local, long amount)
    {
        foreach (Fact fact in _facts)
        {
            if (fact.Left != local)
            {
                continue;
            }

            if (fact.Right is { } bound)
            {
                // local < bound <= MaxValue, or local <= bound < MaxValue: local + 1 fits.
                if (amount == 1 && (!fact.OrEqual || _notExtreme.Contains(bound)))
                {
                    return true;
                }
            }
            else
            {
                long highest = fact.OrEqual ? fact.RightConstant : fact.RightConstant - 1; // fact.RightConstant > MinValue when strict
                if ((fact.OrEqual || fact.RightConstant != long.MinValue) && highest <= long.MaxValue - amount)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <c>local - amount</c> (<paramref name="amount"/> &gt; 0) is known not to overflow.</summary>
    public bool CanSubtract(ILLocal local, long amount)
    {
        foreach (Fact fact in _facts)
        {
            if (fact.Right != local)
            {
                continue;
            }

            if (fact.Left is { } bound)
            {
                // MinValue <= bound < local, or MinValue < bound <= local: local - 1 fits.
                if (amount == 1 && (!fact.OrEqual || _notExtreme.Contains(bound)))
                {
                    return true;
                }
            }
            else
            {
                long lowest = fact.OrEqual ? fact.LeftConstant : fact.LeftConstant + 1;
                if ((fact.OrEqual || fact.LeftConstant != long.MaxValue) && lowest >= long.MinValue + amount)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
