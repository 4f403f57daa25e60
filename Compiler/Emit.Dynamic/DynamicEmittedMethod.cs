using System.Reflection.Emit;

namespace FluentAI.Compiler.Emit.Dynamic;

/// <summary>A generated method held as a <see cref="DynamicMethod"/> (collectible: it lives as long as a delegate over it).</summary>
internal sealed class DynamicEmittedMethod(DynamicMethod method, IReadOnlyList<Type> parameterTypes)
    : EmittedMethod(method.Name, method.ReturnType, parameterTypes)
{
    public DynamicMethod Method { get; } = method;
}
