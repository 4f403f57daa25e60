using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit;

internal sealed partial class FunctionEmitter
{
    /// <summary>
    /// Decision code as on the VM: the scrutinee goes to a temporary, each clause tests its pattern
    /// (sub-values into temporaries) and jumps to the next clause on the first failed test.
    /// </summary>
    private void EmitMatch(MatchExpr match, bool tail)
    {
        EmitExpr(match.Scrutinee);
        _il.Emit(OpCodes.Stloc, Slot(match.Temp));
        ILLabel done = _il.DefineLabel();
        foreach (MatchClause clause in match.Clauses)
        {
            ILLabel next = _il.DefineLabel();
            EmitPatternTest(clause.Pattern, Slot(match.Temp), next);
            _il.MarkSequencePoint(clause.Body.Span);
            if (tail)
            {
                EmitTail(clause.Body);
            }
            else
            {
                EmitExpr(clause.Body);
                _il.Emit(OpCodes.Br, done);
            }

            _il.MarkLabel(next);
        }

        _il.Emit(OpCodes.Ldloc, Slot(match.Temp));
        EmitSite(match.Span);
        _il.Emit(OpCodes.Call, RuntimeMembers.NoMatch);
        if (tail)
        {
            _il.Emit(OpCodes.Ret);
        }
        else
        {
            _il.MarkLabel(done);
        }
    }

    private void EmitPatternTest(BoundPattern pattern, ILLocal value, ILLabel fail)
    {
        switch (pattern)
        {
            case WildcardPattern:
                break;
            case VariablePattern variable:
                _il.Emit(OpCodes.Ldloc, value);
                EmitStore(variable.Variable);
                break;
            case LiteralPattern literal:
                _il.Emit(OpCodes.Ldloc, value);
                EmitConstant(literal.Value);
                EmitSite(literal.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.PatternEquals);
                _il.Emit(OpCodes.Brfalse, fail);
                break;
            case ConstructorPattern ctor:
                ILEmitting.EmitConstructorTest(_il, value, ctor, fail);
                for (int i = 0; i < ctor.Arguments.Length; i++)
                {
                    EmitSubPattern(RuntimeMembers.Field, value, i, ctor.Arguments[i], ctor.Temps[i], fail);
                }

                break;
            case ListPattern list:
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Ldc_I4, list.Items.Length);
                _il.Emit(list.Rest is null ? OpCodes.Ldc_I4_0 : OpCodes.Ldc_I4_1);
                _il.Emit(OpCodes.Call, RuntimeMembers.TestList);
                _il.Emit(OpCodes.Brfalse, fail);
                for (int i = 0; i < list.Items.Length; i++)
                {
                    EmitSubPattern(RuntimeMembers.Item, value, i, list.Items[i], list.Temps[i], fail);
                }

                if (list.Rest is not null)
                {
                    EmitSubPattern(RuntimeMembers.Rest, value, list.Items.Length, list.Rest, list.RestTemp!, fail);
                }

                break;
            default:
                throw new InvalidOperationException($"unexpected pattern {pattern.GetType().Name}");
        }
    }

    private void EmitSubPattern(System.Reflection.MethodInfo extract, ILLocal value, int operand, BoundPattern pattern, LocalVariable temp, ILLabel fail)
    {
        if (pattern is WildcardPattern)
        {
            return;
        }

        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Ldc_I4, operand);
        _il.Emit(OpCodes.Call, extract);
        _il.Emit(OpCodes.Stloc, Slot(temp));
        EmitPatternTest(pattern, Slot(temp), fail);
    }

    /// <summary>
    /// <c>handler</c>: installs the entries, runs the body in a try block (never in tail position) and
    /// restores the handlers in a finally block; an error the frame's <c>error</c> entry takes becomes
    /// the form's value.
    /// </summary>
    private void EmitHandler(HandlerExpr handler)
    {
        ILLocal handlers = EvaluateToArray([.. handler.Entries.Select(e => e.Handler)]);
        ILLocal scope = _il.DeclareLocal(typeof(HandlerScope));
        ILLocal result = _il.DeclareLocal(typeof(object));
        _host.EmitConstant(_il, handler.Entries.Select(e => e.Operation).ToArray(), typeof(string[]));
        _il.Emit(OpCodes.Ldloc, handlers);
        EmitSite(handler.Span);
        _il.Emit(OpCodes.Call, RuntimeMembers.HandlerEnter);
        _il.Emit(OpCodes.Stloc, scope);

        // The error entry runs after the try blocks, once the stack has unwound: inside the catch
        // block it would run on top of the failed frames (a stack overflow would strike again).
        ILLocal error = _il.DeclareLocal(typeof(Exception));
        ILLabel done = _il.DefineLabel();
        _il.Emit(OpCodes.Ldnull);
        _il.Emit(OpCodes.Stloc, error);
        _il.BeginTry();
        _il.BeginTry();
        EmitExpr(handler.Body);
        _il.Emit(OpCodes.Stloc, result);
        _il.BeginCatch(typeof(Exception));
        _il.Emit(OpCodes.Stloc, error);
        _il.EndTry();
        _il.BeginFinally();
        _il.Emit(OpCodes.Ldloc, scope);
        _il.Emit(OpCodes.Call, RuntimeMembers.HandlerExit);
        _il.EndTry();
        _il.Emit(OpCodes.Ldloc, error);
        _il.Emit(OpCodes.Brfalse, done);
        _il.Emit(OpCodes.Ldloc, scope);
        _il.Emit(OpCodes.Ldloc, error);
        _il.Emit(OpCodes.Ldloca, result);
        _il.Emit(OpCodes.Call, RuntimeMembers.HandlerTryCatch);
        _il.Emit(OpCodes.Brtrue, done);
        _il.Emit(OpCodes.Ldloc, error);
        _il.Emit(OpCodes.Call, RuntimeMembers.Rethrow);
        _il.MarkLabel(done);
        _il.Emit(OpCodes.Ldloc, result);
    }
}
