using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit;

/// <summary>IL sequences shared by the boxed and the typed emitters.</summary>
internal static class ILEmitting
{
    /// <summary>
    /// The deep-recursion guard before a non-tail call: one compare of the stack address; past the mark
    /// the runtime moves the mark or raises "Stack overflow" at <paramref name="site"/>.
    /// </summary>
    public static void EmitStackCheck(IILWriter il, Runtime.Compiled.SourceSite site)
    {
        ILLabel ok = il.DefineLabel();
        il.Emit(OpCodes.Call, RuntimeMembers.StackIsLow);
        il.Emit(OpCodes.Brfalse, ok);
        il.Emit(OpCodes.Ldstr, site.Position);
        il.Emit(OpCodes.Ldstr, site.TraceLine);
        il.Emit(OpCodes.Call, RuntimeMembers.StackOverflow);
        il.MarkLabel(ok);
    }

    /// <summary>Two longs (or two bools for = and !=) on the stack -> the comparison's bool (int32 0/1).</summary>
    public static void EmitCompare(IILWriter il, PrimitiveOp op)
    {
        switch (op)
        {
            case PrimitiveOp.Less:
                il.Emit(OpCodes.Clt);
                break;
            case PrimitiveOp.Greater:
                il.Emit(OpCodes.Cgt);
                break;
            case PrimitiveOp.LessEqual:
                il.Emit(OpCodes.Cgt);
                il.Emit(OpCodes.Ldc_I4_0);
                il.Emit(OpCodes.Ceq);
                break;
            case PrimitiveOp.GreaterEqual:
                il.Emit(OpCodes.Clt);
                il.Emit(OpCodes.Ldc_I4_0);
                il.Emit(OpCodes.Ceq);
                break;
            case PrimitiveOp.Equal:
                il.Emit(OpCodes.Ceq);
                break;
            case PrimitiveOp.NotEqual:
                il.Emit(OpCodes.Ceq);
                il.Emit(OpCodes.Ldc_I4_0);
                il.Emit(OpCodes.Ceq);
                break;
            default:
                throw new InvalidOperationException($"{op} is not a comparison");
        }
    }

    /// <summary>Two operands on the stack: branches to <paramref name="whenFalse"/> unless the comparison holds.</summary>
    public static void EmitBranchUnless(IILWriter il, PrimitiveOp op, ILLabel whenFalse)
    {
        OpCode branch = op switch
        {
            PrimitiveOp.Less => OpCodes.Bge,
            PrimitiveOp.Greater => OpCodes.Ble,
            PrimitiveOp.LessEqual => OpCodes.Bgt,
            PrimitiveOp.GreaterEqual => OpCodes.Blt,
            PrimitiveOp.Equal => OpCodes.Bne_Un,
            PrimitiveOp.NotEqual => OpCodes.Beq,
            _ => throw new InvalidOperationException($"{op} is not a comparison"),
        };
        il.Emit(branch, whenFalse);
    }

    /// <summary>The test of a constructor pattern: a data value of the constructor (or a tuple headed by its name) with its arity, else to <paramref name="fail"/>.</summary>
    public static void EmitConstructorTest(IILWriter il, ILLocal value, ConstructorPattern ctor, ILLabel fail)
    {
        il.Emit(OpCodes.Ldloc, value);
        il.Emit(OpCodes.Ldstr, ctor.Name);
        il.Emit(OpCodes.Ldc_I4, ctor.Arguments.Length);
        il.Emit(OpCodes.Call, RuntimeMembers.MatchesConstructor);
        il.Emit(OpCodes.Brfalse, fail);
    }

    /// <summary>
    /// Takes the list on the stack (an object) into typed code's integer-list form <paramref name="listType"/>
    /// (<see cref="IntegerListAnalysis"/>): heap cells, or nodes in an array that a new pinned local of
    /// this method holds (alive and in place while the method runs, as long as any frame may use it).
    /// Anything but a list of integers leaves typed code.
    /// </summary>
    public static void EmitEnterIntegerList(IILWriter il, Type listType)
    {
        if (listType == typeof(IntegerCell))
        {
            il.Emit(OpCodes.Call, RuntimeMembers.IntegerListEnter);
            return;
        }

        ILLocal nodes = il.DeclarePinnedLocal(typeof(IntegerNode[]));
        il.Emit(OpCodes.Call, RuntimeMembers.IntegerListEnterNodes);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, nodes);
        il.Emit(OpCodes.Call, RuntimeMembers.IntegerListLink);
    }

    /// <summary>
    /// Ends the try block around a call of typed code: the value on the stack is the result, returned
    /// after the block; an <see cref="OverflowException"/> (overflow, or <c>TypedCodeExit</c>) leaves to <paramref name="onOverflow"/>.
    /// </summary>
    public static void EmitReturnUnlessOverflow(IILWriter il, ILLocal result, ILLabel onOverflow)
    {
        il.Emit(OpCodes.Stloc, result);
        il.BeginCatch(typeof(OverflowException));
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Leave, onOverflow);
        il.EndTry();
        il.Emit(OpCodes.Ldloc, result);
        il.Emit(OpCodes.Ret);
    }
}
