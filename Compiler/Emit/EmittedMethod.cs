namespace FluentAI.Compiler.Emit;

/// <summary>A method generated from FluentAI code, as a sink holds it (a DynamicMethod, a Cecil MethodDefinition).</summary>
public abstract class EmittedMethod(string name, Type returnType, IReadOnlyList<Type> parameterTypes)
{
    public string Name { get; } = name;

    public Type ReturnType { get; } = returnType;

    public IReadOnlyList<Type> ParameterTypes { get; } = parameterTypes;

    public override string ToString() => $"{ReturnType.Name} {Name}({string.Join(", ", ParameterTypes.Select(t => t.Name))})";
}
