using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;

namespace FluentAI.Compiler.Emit;

/// <summary>Counting loops that sum a term (<see cref="SumLoop"/>), taken four counts at a time.</summary>
internal sealed partial class TypedFunctionEmitter
{
    /// <summary>How many counts one round of the unrolled pre-loop takes, each into a partial sum of its own.</summary>
    private const int SumLanes = 4;

    /// <summary>
    /// Before the loop of a <see cref="SumLoop"/> (the body of <paramref name="function"/>, its parameters
    /// in <paramref name="parameters"/>, mapped in <c>_locals</c>): while at least <see cref="SumLanes"/> counts
    /// remain, one round adds the term of each to a partial sum of its own and moves the counter on by four;
    /// then the partial sums join the accumulator and the loop itself takes the last counts and exits. One
    /// dependent add per count was the bound of such a loop (C# and F# run one count per cycle); four
    /// independent ones are not. Every add is checked: the sum is exact, or the typed code is left and the
    /// call reruns boxed, as for any overflow. The counter's steps need no check: <c>n - i &gt;= 4</c> was tested first.
    /// </summary>
    private void EmitUnrolledSum(FunctionInfo function, BoundExpr body, TypedSignature signature, ILLocal[] parameters)
    {
        if (SumLoop.Match(function, body, signature, _unit.Known) is not { } loop)
        {
            return;
        }

        ILLocal counter = parameters[loop.Counter];
        ILLocal limit = parameters[loop.Limit];
        ILLocal accumulator = parameters[loop.Accumulator];
        LocalVariable counterVariable = function.Locals[loop.Counter];
        var partials = new ILLocal[SumLanes];
        partials[0] = accumulator;
        for (int lane = 1; lane < SumLanes; lane++)
        {
            partials[lane] = _il.DeclareLocal(typeof(long));
            _il.Emit(OpCodes.Ldc_I8, 0L);
            _il.Emit(OpCodes.Stloc, partials[lane]);
        }

        ILLocal count = _il.DeclareLocal(typeof(long));
        ILLabel round = _il.DefineLabel();
        ILLabel rest = _il.DefineLabel();
        _il.MarkLabel(round);
        _il.Emit(OpCodes.Ldloc, counter);
        _il.Emit(OpCodes.Ldloc, limit);
        _il.Emit(OpCodes.Bgt, rest);
        _il.Emit(OpCodes.Ldloc, limit); // i <= n here, so n - i, taken unsigned, is exact
        _il.Emit(OpCodes.Ldloc, counter);
        _il.Emit(OpCodes.Sub);
        _il.Emit(OpCodes.Ldc_I8, (long)SumLanes);
        _il.Emit(OpCodes.Blt_Un, rest);

        for (int lane = 0; lane < SumLanes; lane++)
        {
            ILLocal at = counter;
            if (lane > 0)
            {
                _il.Emit(OpCodes.Ldloc, counter);
                _il.Emit(OpCodes.Ldc_I8, (long)lane);
                _il.Emit(OpCodes.Add);
                _il.Emit(OpCodes.Stloc, count);
                at = count;
            }

            _il.Emit(OpCodes.Ldloc, partials[lane]);
            ILLocal outer = _locals[counterVariable];
            _locals[counterVariable] = at;
            EmitAs(loop.Term, typeof(long));
            _locals[counterVariable] = outer;
            _il.Emit(OpCodes.Add_Ovf);
            _il.Emit(OpCodes.Stloc, partials[lane]);
        }

        _il.Emit(OpCodes.Ldloc, counter);
        _il.Emit(OpCodes.Ldc_I8, (long)SumLanes);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Stloc, counter);
        _il.Emit(OpCodes.Br, round);

        _il.MarkLabel(rest);
        _il.Emit(OpCodes.Ldloc, accumulator);
        for (int lane = 1; lane < SumLanes; lane++)
        {
            _il.Emit(OpCodes.Ldloc, partials[lane]);
            _il.Emit(OpCodes.Add_Ovf);
        }

        _il.Emit(OpCodes.Stloc, accumulator);
    }
}
