using System.Reflection;
using System.Reflection.Emit;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Emit;

/// <summary>A branch target of one method body.</summary>
public readonly record struct ILLabel(int Id);

/// <summary>A local variable of one method body.</summary>
/// <remarks>
/// A class, not a struct: code generation keeps locals in framework collections (dictionaries, stacks, LINQ),
/// whose code over a struct of this assembly cannot be precompiled (ReadyToRun) and would be JIT-compiled at
/// every start; over a class it is the framework's own shared, precompiled code (docs/startup.md).
/// </remarks>
public sealed record ILLocal(int Index, Type Type);

/// <summary>
/// The narrow seam between IR -> IL code generation and the sinks that hold IL: DynamicMethods
/// (Emit.Dynamic) and Mono.Cecil method bodies (Emit.Cecil). Runtime members are System.Reflection
/// objects; methods generated in the same unit are <see cref="EmittedMethod"/>s. Exception blocks follow
/// <see cref="ILGenerator"/>: the writer emits the <c>leave</c> at the end of each block itself.
/// Decorators log (<see cref="LoggingILWriter"/>) and verify (<see cref="VerifyingILWriter"/>).
/// </summary>
public interface IILWriter
{
    ILLabel DefineLabel();

    void MarkLabel(ILLabel label);

    ILLocal DeclareLocal(Type type);

    /// <summary>
    /// A pinned local: while it holds an object, the collector neither moves nor frees it, for the whole
    /// method (a pinned local is reported to the collector throughout, as C#'s <c>fixed</c> relies on).
    /// </summary>
    ILLocal DeclarePinnedLocal(Type type);

    /// <summary>Names a local after the FluentAI variable it holds (debug information: sinks without any ignore it).</summary>
    void NameLocal(ILLocal local, string name);

    void Emit(OpCode opcode);

    /// <summary>An int operand: <c>ldc.i4</c>, <c>ldarg</c>/<c>starg</c> (argument index).</summary>
    void Emit(OpCode opcode, int operand);

    void Emit(OpCode opcode, long operand);

    void Emit(OpCode opcode, double operand);

    void Emit(OpCode opcode, string operand);

    void Emit(OpCode opcode, ILLabel label);

    void Emit(OpCode opcode, ILLocal local);

    void Emit(OpCode opcode, MethodInfo method);

    void Emit(OpCode opcode, ConstructorInfo constructor);

    void Emit(OpCode opcode, FieldInfo field);

    void Emit(OpCode opcode, Type type);

    /// <summary><c>call</c> or <c>ldftn</c> of a method generated in this unit.</summary>
    void Emit(OpCode opcode, EmittedMethod method);

    void BeginTry();

    void BeginCatch(Type exceptionType);

    void BeginFinally();

    void EndTry();

    /// <summary>The IL that follows comes from <paramref name="span"/> (portable PDB sequence points, listings).</summary>
    void MarkSequencePoint(TextSpan span);
}
