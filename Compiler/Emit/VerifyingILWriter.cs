using System.Reflection;
using System.Reflection.Emit;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// Checks the IL of one method as it is written (debug builds wrap every writer in it): the evaluation
/// stack never underflows, every branch reaches its label with the same stack depth, exception blocks
/// start on an empty stack, <c>ret</c> leaves exactly the return value, and <see cref="Complete"/>
/// finds every branched-to label marked. Violations throw <see cref="InvalidOperationException"/>.
/// </summary>
public sealed class VerifyingILWriter(IILWriter inner, EmittedMethod method) : ForwardingILWriter(inner)
{
    private readonly Dictionary<int, int> _labelDepths = [];
    private readonly HashSet<int> _marked = [];
    private int? _depth = 0; // null: unreachable (after ret, br, throw, leave)

    public override void MarkLabel(ILLabel label)
    {
        if (_labelDepths.TryGetValue(label.Id, out int expected))
        {
            if (_depth is int depth && depth != expected)
            {
                Fail($"label L{label.Id} reached with stack depth {depth} and {expected}");
            }

            _depth = expected;
        }
        else
        {
            _labelDepths[label.Id] = _depth ?? 0;
            _depth ??= 0;
        }

        _marked.Add(label.Id);
        base.MarkLabel(label);
    }

    public override void Emit(OpCode opcode)
    {
        if (opcode == OpCodes.Ret)
        {
            Expect(method.ReturnType == typeof(void) ? 0 : 1, "ret");
            _depth = null;
        }
        else if (opcode == OpCodes.Throw || opcode == OpCodes.Rethrow)
        {
            _depth = null;
        }
        else
        {
            Apply(opcode, Pops(opcode.StackBehaviourPop), Pushes(opcode.StackBehaviourPush));
        }

        base.Emit(opcode);
    }

    public override void Emit(OpCode opcode, int operand)
    {
        Apply(opcode, Pops(opcode.StackBehaviourPop), Pushes(opcode.StackBehaviourPush));
        base.Emit(opcode, operand);
    }

    public override void Emit(OpCode opcode, long operand)
    {
        Apply(opcode, 0, 1);
        base.Emit(opcode, operand);
    }

    public override void Emit(OpCode opcode, double operand)
    {
        Apply(opcode, 0, 1);
        base.Emit(opcode, operand);
    }

    public override void Emit(OpCode opcode, string operand)
    {
        Apply(opcode, 0, 1);
        base.Emit(opcode, operand);
    }

    public override void Emit(OpCode opcode, ILLabel label)
    {
        if (opcode == OpCodes.Leave || opcode == OpCodes.Leave_S)
        {
            Branch(label, 0);
            _depth = null;
        }
        else
        {
            Apply(opcode, Pops(opcode.StackBehaviourPop), 0);
            Branch(label, _depth ?? 0);
            if (opcode == OpCodes.Br || opcode == OpCodes.Br_S)
            {
                _depth = null;
            }
        }

        base.Emit(opcode, label);
    }

    public override void Emit(OpCode opcode, ILLocal local)
    {
        Apply(opcode, Pops(opcode.StackBehaviourPop), Pushes(opcode.StackBehaviourPush));
        base.Emit(opcode, local);
    }

    public override void Emit(OpCode opcode, MethodInfo target)
    {
        if (opcode == OpCodes.Ldftn)
        {
            Apply(opcode, 0, 1);
        }
        else
        {
            Apply(opcode, target.GetParameters().Length + (target.IsStatic ? 0 : 1), target.ReturnType == typeof(void) ? 0 : 1);
        }

        base.Emit(opcode, target);
    }

    public override void Emit(OpCode opcode, ConstructorInfo constructor)
    {
        // newobj pops the arguments and pushes the object; call (a struct's constructor on its address) pops the address too.
        if (opcode == OpCodes.Call)
        {
            Apply(opcode, constructor.GetParameters().Length + 1, 0);
        }
        else
        {
            Apply(opcode, constructor.GetParameters().Length, 1);
        }
        base.Emit(opcode, constructor);
    }

    public override void Emit(OpCode opcode, FieldInfo field)
    {
        Apply(opcode, Pops(opcode.StackBehaviourPop), Pushes(opcode.StackBehaviourPush));
        base.Emit(opcode, field);
    }

    public override void Emit(OpCode opcode, Type type)
    {
        Apply(opcode, Pops(opcode.StackBehaviourPop), Pushes(opcode.StackBehaviourPush));
        base.Emit(opcode, type);
    }

    public override void Emit(OpCode opcode, EmittedMethod target)
    {
        if (opcode == OpCodes.Ldftn)
        {
            Apply(opcode, 0, 1);
        }
        else
        {
            Apply(opcode, target.ParameterTypes.Count, target.ReturnType == typeof(void) ? 0 : 1);
        }

        base.Emit(opcode, target);
    }

    public override void BeginTry()
    {
        Expect(0, "try");
        base.BeginTry();
    }

    public override void BeginCatch(Type exceptionType)
    {
        _depth = 1;
        base.BeginCatch(exceptionType);
    }

    public override void BeginFinally()
    {
        _depth = 0;
        base.BeginFinally();
    }

    public override void EndTry()
    {
        _depth = 0;
        base.EndTry();
    }

    /// <summary>Checks that every label a branch targets was marked; call after the body.</summary>
    public void Complete()
    {
        foreach (int label in _labelDepths.Keys)
        {
            if (!_marked.Contains(label))
            {
                Fail($"label L{label} is branched to but never marked");
            }
        }
    }

    private void Branch(ILLabel label, int depth)
    {
        if (_labelDepths.TryGetValue(label.Id, out int expected) && expected != depth)
        {
            Fail($"branch to L{label.Id} with stack depth {depth}, expected {expected}");
        }

        _labelDepths[label.Id] = depth;
    }

    private void Apply(OpCode opcode, int pops, int pushes)
    {
        int depth = _depth ?? 0; // code after an unconditional jump without a label is dead; the JIT ignores it
        if (depth < pops)
        {
            Fail($"{opcode.Name} pops {pops} with stack depth {depth}");
        }

        _depth = depth - pops + pushes;
    }

    private void Expect(int depth, string what)
    {
        if (_depth is int actual && actual != depth)
        {
            Fail($"{what} with stack depth {actual}, expected {depth}");
        }
    }

    private void Fail(string message) => throw new InvalidOperationException($"invalid IL in {method.Name}: {message}");

    private static int Pops(StackBehaviour behaviour) => behaviour switch
    {
        StackBehaviour.Pop0 => 0,
        StackBehaviour.Pop1 or StackBehaviour.Popi or StackBehaviour.Popref => 1,
        StackBehaviour.Pop1_pop1 or StackBehaviour.Popi_pop1 or StackBehaviour.Popi_popi or StackBehaviour.Popi_popi8
            or StackBehaviour.Popi_popr4 or StackBehaviour.Popi_popr8 or StackBehaviour.Popref_pop1 or StackBehaviour.Popref_popi => 2,
        StackBehaviour.Popi_popi_popi or StackBehaviour.Popref_popi_popi or StackBehaviour.Popref_popi_popi8 or StackBehaviour.Popref_popi_popr4
            or StackBehaviour.Popref_popi_popr8 or StackBehaviour.Popref_popi_popref or StackBehaviour.Popref_popi_pop1 => 3,
        _ => throw new InvalidOperationException($"no fixed pop count for {behaviour}"),
    };

    private static int Pushes(StackBehaviour behaviour) => behaviour switch
    {
        StackBehaviour.Push0 => 0,
        StackBehaviour.Push1_push1 => 2,
        StackBehaviour.Varpush => throw new InvalidOperationException("no fixed push count"),
        _ => 1,
    };
}
