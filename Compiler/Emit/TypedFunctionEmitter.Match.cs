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
        ILLocal? data = null;
        if (match.Clauses.Any(c => c.Pattern is ConstructorPattern { Arguments.Length: <= DataValue.InlineFields }))
        {
            // The scrutinee's type is tested once: each constructor clause then compares the constructor and reads its fields directly.
            data = _il.DeclareLocal(typeof(DataValue));
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Isinst, typeof(DataValue));
            _il.Emit(OpCodes.Stloc, data);
        }

        ILLabel done = _il.DefineLabel();
        foreach (MatchClause clause in match.Clauses)
        {
            ILLabel next = _il.DefineLabel();
            EmitPatternTest(clause.Pattern, value, next, data);
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
            EmitReturn(typeof(object));
        }
        else
        {
            Convert(typeof(object), type);
        }

        _il.MarkLabel(done);
        return type;
    }

    /// <param name="data">The scrutinee as a data value (null when it is not one), for a pattern at the top of a clause; null for nested patterns.</param>
    private void EmitPatternTest(BoundPattern pattern, ILLocal value, ILLabel fail, ILLocal? data = null)
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
            case ConstructorPattern ctor when data is not null && ctor.Arguments.Length <= DataValue.InlineFields:
                _il.Emit(OpCodes.Ldloc, data);
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Ldstr, ctor.Name);
                _il.Emit(OpCodes.Ldc_I4, ctor.Arguments.Length);
                _il.Emit(OpCodes.Call, RuntimeMembers.TypedMatchesConstructor);
                _il.Emit(OpCodes.Brfalse, fail);
                EmitFields(ctor, value, fail, data);
                break;
            case ConstructorPattern ctor:
                ILEmitting.EmitConstructorTest(_il, value, ctor, fail);
                EmitFields(ctor, value, fail, data: null);
                break;
            default:
                throw new InvalidOperationException($"not a typed pattern: {pattern.GetType().Name}");
        }
    }

    /// <summary>
    /// The fields of a value that passed a constructor test, bound or tested in turn: with <paramref name="data"/>
    /// (the scrutinee as a data value, of at most three fields) read directly, else through the generic field read.
    /// </summary>
    private void EmitFields(ConstructorPattern ctor, ILLocal value, ILLabel fail, ILLocal? data)
    {
        for (int i = 0; i < ctor.Arguments.Length; i++)
        {
            if (ctor.Arguments[i] is WildcardPattern)
            {
                continue;
            }

            LocalVariable? integer = ctor.Arguments[i] is VariablePattern variable
                && _unit.Typed[_current].LocalTypes.TryGetValue(variable.Variable, out Type? unboxed) && unboxed == typeof(long)
                    ? variable.Variable
                    : null;
            if (data is not null)
            {
                _il.Emit(OpCodes.Ldloc, data);
            }

            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Ldc_I4, i);
            if (integer is not null)
            {
                // a field used only as an integer: read unboxed, once, here
                _il.Emit(OpCodes.Call, data is not null ? RuntimeMembers.TypedInlineFieldLong : RuntimeMembers.FieldLong);
                _il.Emit(OpCodes.Stloc, Local(integer, typeof(long)));
                continue;
            }

            ILLocal field = Local(ctor.Temps[i], typeof(object));
            _il.Emit(OpCodes.Call, data is not null ? RuntimeMembers.TypedInlineField : RuntimeMembers.Field);
            _il.Emit(OpCodes.Stloc, field);
            EmitPatternTest(ctor.Arguments[i], field, fail);
        }
    }
}
