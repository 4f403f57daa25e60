using System.Reflection;
using System.Reflection.Emit;
using FluentAI.Compiler.Emit;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Emit;

/// <summary>An IL sink that only records what it is given, one line per call (for decorator tests).</summary>
internal sealed class RecordingILWriter : IILWriter
{
    private int _labels;
    private int _locals;

    public List<string> Lines { get; } = [];

    public ILLabel DefineLabel() => new(_labels++);

    public void MarkLabel(ILLabel label) => Lines.Add($"L{label.Id}:");

    public ILLocal DeclareLocal(Type type) => new(_locals++, type);

    public ILLocal DeclarePinnedLocal(Type type) => new(_locals++, type);

    public void Emit(OpCode opcode) => Lines.Add(opcode.Name!);

    public void Emit(OpCode opcode, int operand) => Lines.Add($"{opcode.Name} {operand}");

    public void Emit(OpCode opcode, long operand) => Lines.Add($"{opcode.Name} {operand}");

    public void Emit(OpCode opcode, double operand) => Lines.Add($"{opcode.Name} {operand}");

    public void Emit(OpCode opcode, string operand) => Lines.Add($"{opcode.Name} \"{operand}\"");

    public void Emit(OpCode opcode, ILLabel label) => Lines.Add($"{opcode.Name} L{label.Id}");

    public void Emit(OpCode opcode, ILLocal local) => Lines.Add($"{opcode.Name} V{local.Index}");

    public void Emit(OpCode opcode, MethodInfo method) => Lines.Add($"{opcode.Name} {method.Name}");

    public void Emit(OpCode opcode, ConstructorInfo constructor) => Lines.Add($"{opcode.Name} {constructor.DeclaringType!.Name}::.ctor");

    public void Emit(OpCode opcode, FieldInfo field) => Lines.Add($"{opcode.Name} {field.Name}");

    public void Emit(OpCode opcode, Type type) => Lines.Add($"{opcode.Name} {type.Name}");

    public void Emit(OpCode opcode, EmittedMethod method) => Lines.Add($"{opcode.Name} {method.Name}");

    public void BeginTry() => Lines.Add(".try");

    public void BeginCatch(Type exceptionType) => Lines.Add($".catch {exceptionType.Name}");

    public void BeginFinally() => Lines.Add(".finally");

    public void EndTry() => Lines.Add(".end");

    public void MarkSequencePoint(TextSpan span) => Lines.Add($".line {span}");

    public void NameLocal(ILLocal local, string name) => Lines.Add($".name V{local.Index} {name}");
}
