using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Compiler.Text;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit;

/// <summary>Overflow checks the branch facts disprove (see <see cref="RangeFacts"/>).</summary>
internal sealed partial class TypedFunctionEmitter
{
    /// <summary>
    /// A <c>long</c> parameter that every self tail call passes on unchanged and the body compares with
    /// another local (a loop's limit) is checked once here to be neither extreme value, leaving typed
    /// code if it is one: then <c>i &lt;= n</c> proves <c>(+ i 1)</c> fits (see <see cref="RangeFacts"/>).
    /// </summary>
    private void EmitBoundGuards(FunctionInfo function, TypedSignature signature, BoundExpr body, ILLocal[] parameters)
    {
        HashSet<LocalVariable> compared = LoopFacts.ComparedWithLocals(body);
        foreach (int i in LoopFacts.InvariantParameters(function, body, _unit.Known))
        {
            if (signature.ParameterTypes[i] != typeof(long) || !compared.Contains(function.Locals[i]))
            {
                continue;
            }

            ILLabel fine = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, parameters[i]);
            _il.Emit(OpCodes.Ldc_I8, long.MinValue + 1);
            _il.Emit(OpCodes.Sub); // MinValue and MaxValue wrap to the two largest unsigned values
            _il.Emit(OpCodes.Ldc_I8, -2L);
            _il.Emit(OpCodes.Blt_Un, fine);
            _il.Emit(OpCodes.Call, RuntimeMembers.TypedLeave);
            _il.MarkLabel(fine);
            _ranges.NotExtreme(parameters[i]);
        }
    }

    /// <summary>The local and constant sides of a comparison in typed code, when both are integer locals or literals.</summary>
    private bool TryComparison(BoundExpr condition, out PrimitiveOp op, out (ILLocal? Local, long Constant) left, out (ILLocal? Local, long Constant) right)
    {
        op = default;
        left = right = default;
        if (condition is not PrimitiveCallExpr { Op: PrimitiveOp.Less or PrimitiveOp.Greater or PrimitiveOp.LessEqual or PrimitiveOp.GreaterEqual } primitive)
        {
            return false;
        }

        op = primitive.Op;
        return TryOperand(primitive.Left, out left) && TryOperand(primitive.Right, out right);
    }

    private bool TryOperand(BoundExpr operand, out (ILLocal? Local, long Constant) side)
    {
        side = default;
        switch (operand)
        {
            case ConstantExpr { Value: long constant }:
                side = (null, constant);
                return true;
            case LocalLoadExpr load when _types.GetValueOrDefault(load.Variable) == typeof(long) && _locals.TryGetValue(load.Variable, out ILLocal? local):
                side = (local, 0);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Emits one branch of an <c>if</c> knowing how its condition came out.</summary>
    private void InBranch(BoundExpr condition, bool outcome, Action emit)
    {
        int known = _ranges.Count;
        if (TryComparison(condition, out PrimitiveOp op, out var left, out var right))
        {
            _ranges.Assume(op, left, right, outcome);
        }

        // (empty? xs) came out false: head and tail of xs need no emptiness test in this branch.
        ILLocal? nonEmpty = !outcome
            && condition is CallExpr { Arguments: [LocalLoadExpr load] } call
            && TypeInference.PureBuiltin(call, _unit.Known) == "empty?"
            && _types.GetValueOrDefault(load.Variable) == typeof(FluentAI.Runtime.Values.FluentList)
            && _locals.TryGetValue(load.Variable, out ILLocal? list)
            && _nonEmpty.Add(list)
                ? list
                : null;
        // (empty? xs) of an integer-list local came out false: xs holds a cell, not null.
        ILLocal? cell = !outcome
            && condition is CallExpr { Arguments: [LocalLoadExpr integers] } test
            && _unit.Typed[_current].IntegerLists.Contains(integers)
            && TypeInference.PureBuiltin(test, _unit.Known) == "empty?"
            && _locals.TryGetValue(integers.Variable, out ILLocal? cellLocal)
            && _cells.Add(cellLocal)
                ? cellLocal
                : null;
        emit();
        if (nonEmpty is not null)
        {
            _nonEmpty.Remove(nonEmpty);
        }

        if (cell is not null)
        {
            _cells.Remove(cell);
        }

        _ranges.Restore(known);
    }

    /// <summary><c>(+ i k)</c>, <c>(+ k i)</c> or <c>(- i k)</c> with a positive literal <c>k</c> that the known ranges prove fits.</summary>
    private bool CannotOverflow(PrimitiveCallExpr primitive)
    {
        (BoundExpr local, BoundExpr amount) = primitive is { Op: PrimitiveOp.Add, Left: ConstantExpr } ? (primitive.Right, primitive.Left) : (primitive.Left, primitive.Right);
        if (primitive.Op is not (PrimitiveOp.Add or PrimitiveOp.Subtract) || amount is not ConstantExpr { Value: long k } || k <= 0
            || !TryOperand(local, out var side) || side.Local is not { } variable)
        {
            return false;
        }

        return primitive.Op == PrimitiveOp.Add ? _ranges.CanAdd(variable, k) : _ranges.CanSubtract(variable, k);
    }
}
