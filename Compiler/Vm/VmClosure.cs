using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Vm;

/// <summary>A FluentAI function on the VM: a prototype and the cells it captured.</summary>
public sealed class VmClosure(Proto proto, Cell[] captures, VirtualMachine vm) : FunctionValue
{
    public Proto Proto { get; } = proto;

    public Cell[] Captures { get; } = captures;

    public VirtualMachine Vm { get; } = vm;

    public override string Name => Proto.Name;

    public override int? FixedArity => Proto.Arity;

    /// <summary>Called by builtins and hosts: runs the closure on its VM, re-entering the dispatch loop.</summary>
    public override object? Invoke(ReadOnlySpan<object?> args) => Vm.Invoke(this, args);
}
