using System.Reflection;
using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// Loops in typed code: <c>map</c>, <c>filter</c> and <c>fold</c> over a lambda written at the call run
/// as a loop over the list's elements (<see cref="FluentList.Enumerator"/>), the lambda's body inline
/// and its parameters locals; integer elements are read and stored unboxed (<see cref="FluentList.LongBuilder"/>).
/// Typed code is pure, so the order of the lambda's calls cannot be observed; a value of an unexpected
/// kind leaves typed code, and the whole call reruns boxed, calling the real builtin.
/// </summary>
internal sealed partial class TypedFunctionEmitter
{
    /// <summary><c>mod</c> and <c>range</c> on integers.</summary>
    private Type EmitIntegerBuiltin(CallExpr call, string name)
    {
        foreach (BoundExpr argument in call.Arguments)
        {
            EmitAs(argument, typeof(long));
        }

        MethodInfo method = name == "mod" ? RuntimeMembers.TypedMod
            : call.Arguments.Length == 1 ? RuntimeMembers.TypedRange1 : RuntimeMembers.TypedRange2;
        _il.Emit(OpCodes.Call, method);
        return method.ReturnType;
    }

    private Type EmitLoop(CallExpr call, string name, LambdaExpr lambda)
    {
        IReadOnlyDictionary<LocalVariable, Type> localTypes = _unit.Typed[_current].LocalTypes;
        bool fold = name == "fold";
        LocalVariable elementVariable = lambda.Function.Locals[fold ? 1 : 0];
        Type elementType = localTypes[elementVariable];

        ILLocal? accumulator = null;
        Type accumulatorType = typeof(object);
        if (fold)
        {
            LocalVariable accumulatorVariable = lambda.Function.Locals[0];
            accumulatorType = localTypes[accumulatorVariable];
            EmitAs(call.Arguments[1], accumulatorType);
            accumulator = Local(accumulatorVariable, accumulatorType);
            _il.Emit(OpCodes.Stloc, accumulator);
        }

        ILLocal list = _il.DeclareLocal(typeof(FluentList));
        EmitAs(call.Arguments[^1], typeof(FluentList));
        _il.Emit(OpCodes.Stloc, list);

        // map: integers into a long[] when the body gives integers; filter: the elements kept, integers likewise.
        Type resultElement = name == "map" ? TypeOf(lambda.Body) : elementType;
        bool integers = resultElement == typeof(long);
        RuntimeMembers.ListBuilder builderMembers = integers ? RuntimeMembers.ListBuilder.Integers : RuntimeMembers.ListBuilder.Objects;
        Type builderType = builderMembers.Type;
        ILLocal? builder = null;
        if (!fold)
        {
            builder = _il.DeclareLocal(builderType);
            _il.Emit(OpCodes.Ldloca, builder);
            if (name == "map")
            {
                _il.Emit(OpCodes.Ldloc, list);
                _il.Emit(OpCodes.Call, RuntimeMembers.ListCount); // map: exactly one element per element
                _il.Emit(OpCodes.Call, builderMembers.WithCapacity);
            }
            else
            {
                _il.Emit(OpCodes.Initobj, builderType);
            }
        }

        ILLocal elements = _il.DeclareLocal(typeof(FluentList.Enumerator));
        _il.Emit(OpCodes.Ldloc, list);
        _il.Emit(OpCodes.Call, RuntimeMembers.ListElements);
        _il.Emit(OpCodes.Stloc, elements);

        ILLabel next = _il.DefineLabel();
        ILLabel done = _il.DefineLabel();
        _il.MarkLabel(next);
        _il.Emit(OpCodes.Ldloca, elements);
        _il.Emit(OpCodes.Call, RuntimeMembers.NextElement);
        _il.Emit(OpCodes.Brfalse, done);
        _il.Emit(OpCodes.Ldloca, elements);
        _il.Emit(OpCodes.Call, elementType == typeof(long) ? RuntimeMembers.ElementLong : RuntimeMembers.ElementValue);
        ILLocal element = Local(elementVariable, elementType);
        _il.Emit(OpCodes.Stloc, element);

        switch (name)
        {
            case "map":
                _il.Emit(OpCodes.Ldloca, builder!);
                EmitAs(lambda.Body, integers ? typeof(long) : typeof(object));
                _il.Emit(OpCodes.Call, builderMembers.Add);
                break;
            case "filter":
                EmitCondition(lambda.Body, next);
                _il.Emit(OpCodes.Ldloca, builder!);
                _il.Emit(OpCodes.Ldloc, element);
                _il.Emit(OpCodes.Call, builderMembers.Add);
                break;
            default:
                EmitAs(lambda.Body, accumulatorType);
                _il.Emit(OpCodes.Stloc, accumulator!);
                break;
        }

        _il.Emit(OpCodes.Br, next);
        _il.MarkLabel(done);
        if (fold)
        {
            _il.Emit(OpCodes.Ldloc, accumulator!);
            return accumulatorType;
        }

        _il.Emit(OpCodes.Ldloca, builder!);
        _il.Emit(OpCodes.Call, builderMembers.ToList);
        return typeof(FluentList);
    }
}
