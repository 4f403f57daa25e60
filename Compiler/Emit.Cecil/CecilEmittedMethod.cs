using Mono.Cecil;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>A generated method held as a Cecil <see cref="MethodDefinition"/> of the assembly being built.</summary>
internal sealed class CecilEmittedMethod(MethodDefinition definition, string name, Type returnType, IReadOnlyList<Type> parameterTypes)
    : EmittedMethod(name, returnType, parameterTypes)
{
    public MethodDefinition Definition { get; } = definition;
}
