using System.Reflection;
using System.Reflection.Emit;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Emit;

/// <summary>The base of IL writer decorators: forwards every call to <see cref="Inner"/>.</summary>
public abstract class ForwardingILWriter(IILWriter inner) : IILWriter
{
    protected IILWriter Inner { get; } = inner;

    public virtual ILLabel DefineLabel() => Inner.DefineLabel();

    public virtual void MarkLabel(ILLabel label) => Inner.MarkLabel(label);

    public virtual ILLocal DeclareLocal(Type type) => Inner.DeclareLocal(type);

    public virtual ILLocal DeclarePinnedLocal(Type type) => Inner.DeclarePinnedLocal(type);

    public virtual void NameLocal(ILLocal local, string name) => Inner.NameLocal(local, name);

    public virtual void Emit(OpCode opcode) => Inner.Emit(opcode);

    public virtual void Emit(OpCode opcode, int operand) => Inner.Emit(opcode, operand);

    public virtual void Emit(OpCode opcode, long operand) => Inner.Emit(opcode, operand);

    public virtual void Emit(OpCode opcode, double operand) => Inner.Emit(opcode, operand);

    public virtual void Emit(OpCode opcode, string operand) => Inner.Emit(opcode, operand);

    public virtual void Emit(OpCode opcode, ILLabel label) => Inner.Emit(opcode, label);

    public virtual void Emit(OpCode opcode, ILLocal local) => Inner.Emit(opcode, local);

    public virtual void Emit(OpCode opcode, MethodInfo method) => Inner.Emit(opcode, method);

    public virtual void Emit(OpCode opcode, ConstructorInfo constructor) => Inner.Emit(opcode, constructor);

    public virtual void Emit(OpCode opcode, FieldInfo field) => Inner.Emit(opcode, field);

    public virtual void Emit(OpCode opcode, Type type) => Inner.Emit(opcode, type);

    public virtual void Emit(OpCode opcode, EmittedMethod method) => Inner.Emit(opcode, method);

    public virtual void BeginTry() => Inner.BeginTry();

    public virtual void BeginCatch(Type exceptionType) => Inner.BeginCatch(exceptionType);

    public virtual void BeginFinally() => Inner.BeginFinally();

    public virtual void EndTry() => Inner.EndTry();

    public virtual void MarkSequencePoint(TextSpan span) => Inner.MarkSequencePoint(span);
}
