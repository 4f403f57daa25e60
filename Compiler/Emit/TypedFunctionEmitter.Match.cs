using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Compiler.Text;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Emit;

/// <summary><c>match</c> in typed code.</summary>
internal sealed partial class TypedFunctionEmitter
{
    /// <summary>
    /// <c>match</c> as on the VM (each clause tests its pattern and jumps to the next on the first failed
    /// test), on object locals; when no clause matches the typed code is left (the boxed rerun reports it).
    /// </summary>
    private Type EmitMatch(MatchExpr match, bool tail)
    {
        Type type = TypeOf(match);
        EmitAs(match.Scrutinee, typeof(object));
        ILLocal value = Local(match.Temp, typeof(object));
        _il.Emit(OpCodes.Stloc, value);
        ILLabel done = _il.DefineLabel();
        foreach (MatchClause clause in match.Clauses)
        {
            ILLabel next = _il.DefineLabel();
            EmitPatternTest(clause.Pattern, value, next);
            if (tail)
            {
                EmitTail(clause.Body);
            }
            else
            {
                EmitAs(clause.Body, type);
                _il.Emit(OpCodes.Br, done);
            }

            _il.MarkLabel(next);
        }

        _il.Emit(OpCodes.Call, RuntimeMembers.TypedNoMatch);
        if (tail)
        {
            EmitReturn(typeof(object)); // every clause returned too: nothing jumps to done
            return type;
        }

        Convert(typeof(object), type);
        _il.MarkLabel(done);
        return type;
    }

    private void EmitPatternTest(BoundPattern pattern, ILLocal value, ILLabel fail)
    {
        switch (pattern)
        {
            case WildcardPattern:
                break;
            case VariablePattern variable:
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Stloc, Local(variable.Variable, typeof(object)));
                break;
            case LiteralPattern { Value: long number }:
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Ldc_I8, number);
                _il.Emit(OpCodes.Call, RuntimeMembers.TypedEqualLong);
                _il.Emit(OpCodes.Brfalse, fail);
                break;
            case LiteralPattern literal:
                _il.Emit(OpCodes.Ldloc, value);
                if (literal.Value is bool flag)
                {
                    _il.Emit(flag ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                    _il.Emit(OpCodes.Call, RuntimeMembers.Bool);
                }
                else
                {
                    _il.Emit(OpCodes.Ldstr, (string)literal.Value);
                }

                _il.Emit(OpCodes.Call, RuntimeMembers.TypedEqual);
                _il.Emit(OpCodes.Brfalse, fail);
                break;
            case ConstructorPattern { Arguments.Length: 0 } ctor:
            {
                // The constructor's one value is the only object of its shape class: a type test; any other value matches only if it is a tuple.
                ILLabel matched = _il.DefineLabel();
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Isinst, DataShapes.For(ctor.Name, 0, unboxedAt: -1));
                _il.Emit(OpCodes.Brtrue, matched);
                EmitTupleTest(ctor, value, fail);
                _il.MarkLabel(matched);
                break;
            }

            case ConstructorPattern ctor when ctor.Arguments.Length <= DataValue.InlineFields:
                EmitShapedConstructorTest(ctor, value, fail);
                break;
            case ConstructorPattern ctor:
                ILEmitting.EmitConstructorTest(_il, value, ctor, fail);
                EmitFieldReads(ctor, value);
                EmitFieldTests(ctor, fail);
                break;
            default:
                throw new InvalidOperationException($"not a typed pattern: {pattern.GetType().Name}");
        }
    }

    /// <summary>
    /// A constructor pattern of one to three fields. The value is first tested for the shape class typed
    /// code builds (<see cref="EmitConstruction"/>: the first field the clause uses as an integer held
    /// unboxed), and its fields read with one load each. A value of another of the constructor's shapes
    /// (built by the VM or boxed code, or with another field unboxed) or a tuple headed by the name takes
    /// the general field reads; anything else fails on type tests alone. The field patterns are then
    /// tested once, on what either path read.
    /// </summary>
    private void EmitShapedConstructorTest(ConstructorPattern ctor, ILLocal value, ILLabel fail)
    {
        int unboxedAt = -1;
        for (int i = 0; i < ctor.Arguments.Length && unboxedAt < 0; i++)
        {
            unboxedAt = IntegerVariable(ctor.Arguments[i]) is null ? -1 : i;
        }

        Type shape = DataShapes.For(ctor.Name, ctor.Arguments.Length, unboxedAt);
        ILLocal shaped = _il.DeclareLocal(shape);
        ILLabel general = _il.DefineLabel();
        ILLabel read = _il.DefineLabel();
        // isinst only branched on (the JIT expands it to a type compare; an isinst whose result is kept can stay a helper call), then a reinterpreting cast
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Isinst, shape);
        _il.Emit(OpCodes.Brfalse, general);
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Call, RuntimeMembers.UnsafeAs(shape));
        _il.Emit(OpCodes.Stloc, shaped);
        for (int i = 0; i < ctor.Arguments.Length; i++)
        {
            if (ctor.Arguments[i] is WildcardPattern)
            {
                continue;
            }

            _il.Emit(OpCodes.Ldloc, shaped);
            _il.Emit(OpCodes.Ldfld, shape.GetField(DataShapes.FieldName(i, unboxedAt))!);
            if (IntegerVariable(ctor.Arguments[i]) is { } integer)
            {
                if (i != unboxedAt)
                {
                    _il.Emit(OpCodes.Call, RuntimeMembers.TypedToLong);
                }

                _il.Emit(OpCodes.Stloc, Local(integer, typeof(long)));
            }
            else
            {
                _il.Emit(OpCodes.Stloc, Local(ctor.Temps[i], typeof(object)));
            }
        }

        _il.Emit(OpCodes.Br, read);

        // Any other value: of another shape of this constructor (built by the VM or boxed code, or with another field unboxed), or a tuple.
        _il.MarkLabel(general);
        ILLabel otherShape = _il.DefineLabel();
        foreach (Type other in DataShapes.All(ctor.Name, ctor.Arguments.Length))
        {
            if (other != shape)
            {
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Isinst, other);
                _il.Emit(OpCodes.Brtrue, otherShape);
            }
        }

        EmitTupleTest(ctor, value, fail);
        _il.MarkLabel(otherShape);
        EmitFieldReads(ctor, value);
        _il.MarkLabel(read);
        EmitFieldTests(ctor, fail);
    }

    /// <summary>
    /// The rest of a constructor test once the value has none of the constructor's shape classes: only a
    /// tuple headed by the name can match (a type test first, so that a data value of another constructor fails at once).
    /// </summary>
    private void EmitTupleTest(ConstructorPattern ctor, ILLocal value, ILLabel fail)
    {
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Isinst, typeof(FluentTuple));
        _il.Emit(OpCodes.Brfalse, fail);
        ILEmitting.EmitConstructorTest(_il, value, ctor, fail);
    }

    /// <summary>The variable a field pattern binds, when the function uses it only as an integer (read unboxed, once, where it is matched).</summary>
    private LocalVariable? IntegerVariable(BoundPattern pattern) =>
        pattern is VariablePattern variable
        && _unit.Typed[_current].LocalTypes.TryGetValue(variable.Variable, out Type? unboxed) && unboxed == typeof(long)
            ? variable.Variable
            : null;

    /// <summary>The fields of a value that passed a constructor test, read through the general field read: integer variables into their locals, the others into the pattern's temporaries.</summary>
    private void EmitFieldReads(ConstructorPattern ctor, ILLocal value)
    {
        for (int i = 0; i < ctor.Arguments.Length; i++)
        {
            if (ctor.Arguments[i] is WildcardPattern)
            {
                continue;
            }

            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Ldc_I4, i);
            if (IntegerVariable(ctor.Arguments[i]) is { } integer)
            {
                _il.Emit(OpCodes.Call, RuntimeMembers.FieldLong);
                _il.Emit(OpCodes.Stloc, Local(integer, typeof(long)));
            }
            else
            {
                _il.Emit(OpCodes.Call, RuntimeMembers.Field);
                _il.Emit(OpCodes.Stloc, Local(ctor.Temps[i], typeof(object)));
            }
        }
    }

    /// <summary>The field patterns other than integer variables, tested (or bound) on the temporaries the reads filled.</summary>
    private void EmitFieldTests(ConstructorPattern ctor, ILLabel fail)
    {
        for (int i = 0; i < ctor.Arguments.Length; i++)
        {
            if (ctor.Arguments[i] is not WildcardPattern && IntegerVariable(ctor.Arguments[i]) is null)
            {
                EmitPatternTest(ctor.Arguments[i], Local(ctor.Temps[i], typeof(object)), fail);
            }
        }
    }
}
