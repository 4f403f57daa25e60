using System.Reflection;

namespace FluentAI.Compiler.Emit.Dynamic;

/// <summary>A generated method held by System.Reflection.Emit: a DynamicMethod or a MethodBuilder.</summary>
internal sealed class ReflectionEmittedMethod(MethodInfo method, string name, Type returnType, IReadOnlyList<Type> parameterTypes)
    : EmittedMethod(name, returnType, parameterTypes)
{
    public MethodInfo Method { get; } = method;
}
