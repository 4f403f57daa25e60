using System.Reflection;
using FluentAI.Compiler.Text;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Collections.Generic;
using SreOpCode = System.Reflection.Emit.OpCode;
using SreOpCodes = System.Reflection.Emit.OpCodes;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// The Mono.Cecil sink of <see cref="IILWriter"/>: appends instructions to a method body. Labels,
/// exception blocks and sequence points are kept as instruction indexes and turned into instruction
/// references by <see cref="Complete"/>, which also names locals for the PDB and picks short forms
/// (<see cref="ShortForms"/>: <c>ldc.i4.s</c>, <c>ldloc.0</c>, <c>br.s</c>, ...; small <c>ldc.i8</c> as <c>ldc.i4</c> + <c>conv.i8</c>). Exception blocks follow
/// <c>ILGenerator</c>: the writer emits the <c>leave</c> at the end of try and catch blocks.
/// </summary>
internal sealed class CecilILWriter : IILWriter
{
    private static readonly Instruction Unresolved = Instruction.Create(OpCodes.Nop);

    private readonly MethodDefinition _method;
    private readonly CecilImporter _importer;
    private readonly SourceDocument? _document;
    private readonly Collection<Instruction> _code;
    private readonly List<int> _labels = [];
    private readonly List<(Instruction Branch, int Label)> _branches = [];
    private readonly List<(int Index, TextSpan Span)> _points = [];
    private readonly List<(VariableDefinition Variable, string Name)> _names = [];
    private readonly Stack<Block> _blocks = new();
    private readonly List<Handler> _handlers = [];

    /// <param name="document">The source the method's spans are in; null writes no debug information.</param>
    public CecilILWriter(MethodDefinition method, CecilImporter importer, SourceDocument? document)
    {
        _method = method;
        _importer = importer;
        _document = document;
        _method.Body.InitLocals = true;
        _code = _method.Body.Instructions;
    }

    public ILLabel DefineLabel()
    {
        _labels.Add(-1);
        return new ILLabel(_labels.Count - 1);
    }

    public void MarkLabel(ILLabel label) => _labels[label.Id] = _code.Count;

    public ILLocal DeclareLocal(Type type)
    {
        var variable = new VariableDefinition(_importer.Type(type));
        _method.Body.Variables.Add(variable);
        return new ILLocal(variable.Index, type);
    }

    public ILLocal DeclarePinnedLocal(Type type)
    {
        var variable = new VariableDefinition(new PinnedType(_importer.Type(type)));
        _method.Body.Variables.Add(variable);
        return new ILLocal(variable.Index, type);
    }

    public void NameLocal(ILLocal local, string name) => _names.Add((_method.Body.Variables[local.Index], name));

    public void Emit(SreOpCode opcode) => Add(Instruction.Create(OpCodeMap.ToCecil(opcode)));

    public void Emit(SreOpCode opcode, int operand)
    {
        OpCode cecil = OpCodeMap.ToCecil(opcode);
        if (opcode == SreOpCodes.Ldc_I4)
        {
            Add(Instruction.Create(cecil, operand));
        }
        else if (opcode == SreOpCodes.Ldarg || opcode == SreOpCodes.Ldarga)
        {
            Add(Instruction.Create(cecil, _method.Parameters[operand]));
        }
        else if (opcode == SreOpCodes.Starg)
        {
            Add(Instruction.Create(cecil, _method.Parameters[operand]));
        }
        else
        {
            throw new NotSupportedException($"{opcode.Name} with an int operand");
        }
    }

    /// <summary><c>ldc.i8</c> of a value that fits in an int becomes <c>ldc.i4</c> + <c>conv.i8</c> (as C# compilers write it): 2 or 3 bytes instead of 9, so small methods stay small enough to inline.</summary>
    public void Emit(SreOpCode opcode, long operand)
    {
        if (opcode == SreOpCodes.Ldc_I8 && operand is >= int.MinValue and <= int.MaxValue)
        {
            Add(Instruction.Create(OpCodes.Ldc_I4, (int)operand));
            Add(Instruction.Create(OpCodes.Conv_I8));
            return;
        }

        Add(Instruction.Create(OpCodeMap.ToCecil(opcode), operand));
    }

    public void Emit(SreOpCode opcode, double operand) => Add(Instruction.Create(OpCodeMap.ToCecil(opcode), operand));

    public void Emit(SreOpCode opcode, string operand) => Add(Instruction.Create(OpCodeMap.ToCecil(opcode), operand));

    public void Emit(SreOpCode opcode, ILLabel label)
    {
        Instruction branch = Instruction.Create(OpCodeMap.ToCecil(opcode), Unresolved);
        _branches.Add((branch, label.Id));
        Add(branch);
    }

    public void Emit(SreOpCode opcode, ILLocal local) =>
        Add(Instruction.Create(OpCodeMap.ToCecil(opcode), _method.Body.Variables[local.Index]));

    public void Emit(SreOpCode opcode, MethodInfo method) => Add(Instruction.Create(OpCodeMap.ToCecil(opcode), _importer.Method(method)));

    public void Emit(SreOpCode opcode, ConstructorInfo constructor) =>
        Add(Instruction.Create(OpCodeMap.ToCecil(opcode), _importer.Method(constructor)));

    public void Emit(SreOpCode opcode, FieldInfo field) => Add(Instruction.Create(OpCodeMap.ToCecil(opcode), _importer.Field(field)));

    public void Emit(SreOpCode opcode, Type type) => Add(Instruction.Create(OpCodeMap.ToCecil(opcode), _importer.Type(type)));

    public void Emit(SreOpCode opcode, EmittedMethod method) =>
        Add(Instruction.Create(OpCodeMap.ToCecil(opcode), ((CecilEmittedMethod)method).Definition));

    public void BeginTry() => _blocks.Push(new Block(_code.Count, DefineLabel()));

    public void BeginCatch(Type exceptionType) => BeginHandler(ExceptionHandlerType.Catch, _importer.Type(exceptionType));

    public void BeginFinally() => BeginHandler(ExceptionHandlerType.Finally, null);

    public void EndTry()
    {
        Block block = _blocks.Pop();
        if (block.Kind == ExceptionHandlerType.Finally)
        {
            Add(Instruction.Create(OpCodes.Endfinally));
        }
        else
        {
            Emit(SreOpCodes.Leave, block.End);
        }

        _handlers.Add(new Handler(block.Kind, block.CatchType, block.TryStart, block.HandlerStart, _code.Count));
        MarkLabel(block.End);
    }

    public void MarkSequencePoint(TextSpan span)
    {
        if (_document is null)
        {
            return;
        }

        if (_points.Count > 0 && _points[^1].Index == _code.Count)
        {
            _points[^1] = (_code.Count, span); // nothing emitted since the last one: this one describes the code that follows
        }
        else
        {
            _points.Add((_code.Count, span));
        }
    }

    /// <summary>Resolves branches, exception handlers, sequence points and local names, then picks short encodings.</summary>
    public void Complete()
    {
        if (_blocks.Count > 0)
        {
            throw new InvalidOperationException($"{_method.Name}: an exception block is still open");
        }

        PropagateArgumentCopies();
        foreach ((Instruction branch, int label) in _branches)
        {
            int index = _labels[label];
            branch.Operand = index >= 0 ? At(index) : throw new InvalidOperationException($"{_method.Name}: label L{label} is never marked");
        }

        foreach (Handler handler in _handlers)
        {
            _method.Body.ExceptionHandlers.Add(new ExceptionHandler(handler.Kind)
            {
                CatchType = handler.CatchType,
                TryStart = At(handler.TryStart),
                TryEnd = At(handler.HandlerStart),
                HandlerStart = At(handler.HandlerStart),
                HandlerEnd = handler.HandlerEnd < _code.Count ? _code[handler.HandlerEnd] : null,
            });
        }

        if (_document is not null && _code.Count > 0)
        {
            Collection<SequencePoint> points = _method.DebugInformation.SequencePoints;
            int last = -1;
            foreach ((int index, TextSpan span) in _points)
            {
                if (index >= _code.Count)
                {
                    continue;
                }

                if (index == last)
                {
                    points.RemoveAt(points.Count - 1); // one point per offset: the later describes the code that follows
                }

                points.Add(_document.Point(_code[index], span));
                last = index;
            }

            if (_names.Count > 0)
            {
                var scope = new ScopeDebugInformation(_code[0], null);
                foreach ((VariableDefinition variable, string name) in _names)
                {
                    scope.Variables.Add(new VariableDebugInformation(variable, name));
                }

                _method.DebugInformation.Scope = scope;
            }
        }

        ShortForms.Apply(_method.Body);
    }

    /// <summary>
    /// The emitters copy each parameter into a local at entry (<c>ldarg k; stloc L</c>). Where the argument
    /// and the local are never written again (no self tail call reassigns them) and neither has its
    /// address taken, the copy is dropped and the local's loads read the argument (which takes the
    /// variable's name): smaller code, which the JIT then inlines more readily (a typed recursive
    /// function into itself, as it does C#'s).
    /// Only copies in the straight-line start of the body qualify, so the local is never read before it.
    /// </summary>
    private void PropagateArgumentCopies()
    {
        int firstLabel = _labels.Where(i => i >= 0).DefaultIfEmpty(_code.Count).Min();
        int i = 0;
        while (i + 1 < _code.Count && i + 1 < firstLabel && _code[i].OpCode.FlowControl == FlowControl.Next
            && !_handlers.Any(h => h.TryStart <= i + 1))
        {
            if (_code[i].OpCode.Code == Code.Ldarg && _code[i].Operand is ParameterDefinition parameter
                && _code[i + 1].OpCode.Code == Code.Stloc && _code[i + 1].Operand is VariableDefinition local
                && parameter.ParameterType.FullName == local.VariableType.FullName
                && IsOnlyCopy(parameter, local, i))
            {
                foreach (Instruction load in _code.Where(c => c.OpCode.Code == Code.Ldloc && c.Operand == local))
                {
                    load.OpCode = OpCodes.Ldarg;
                    load.Operand = parameter;
                }

                RemoveAt(i, 2);
                foreach ((VariableDefinition _, string name) in _names.Where(n => n.Variable == local))
                {
                    parameter.Name = name; // the debugger now shows the argument: give it the variable's name
                }

                _names.RemoveAll(n => n.Variable == local);
                _method.Body.Variables.Remove(local);
                firstLabel -= 2;
                continue;
            }

            i++;
        }
    }

    /// <summary>Whether the copy at <paramref name="at"/> is the local's only store and nothing writes the argument or takes either's address.</summary>
    private bool IsOnlyCopy(ParameterDefinition parameter, VariableDefinition local, int at)
    {
        for (int i = 0; i < _code.Count; i++)
        {
            Instruction instruction = _code[i];
            if (i == at + 1)
            {
                continue;
            }

            if (instruction.Operand == local && instruction.OpCode.Code != Code.Ldloc)
            {
                return false;
            }

            if (instruction.Operand == parameter && instruction.OpCode.Code != Code.Ldarg)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Removes <paramref name="count"/> instructions at <paramref name="index"/>, moving the labels, blocks and sequence points after them.</summary>
    private void RemoveAt(int index, int count)
    {
        for (int n = 0; n < count; n++)
        {
            _code.RemoveAt(index);
        }

        int Shift(int i) => i > index ? Math.Max(index, i - count) : i;
        for (int l = 0; l < _labels.Count; l++)
        {
            _labels[l] = _labels[l] < 0 ? -1 : Shift(_labels[l]);
        }

        for (int h = 0; h < _handlers.Count; h++)
        {
            Handler handler = _handlers[h];
            _handlers[h] = handler with
            {
                TryStart = Shift(handler.TryStart),
                HandlerStart = Shift(handler.HandlerStart),
                HandlerEnd = Shift(handler.HandlerEnd),
            };
        }

        for (int p = 0; p < _points.Count; p++)
        {
            _points[p] = (Shift(_points[p].Index), _points[p].Span);
        }
    }

    private void BeginHandler(ExceptionHandlerType kind, TypeReference? catchType)
    {
        Block block = _blocks.Peek();
        if (block.HandlerStart >= 0)
        {
            throw new NotSupportedException("one handler per try block: nest try blocks instead");
        }

        Emit(SreOpCodes.Leave, block.End);
        block.HandlerStart = _code.Count;
        block.Kind = kind;
        block.CatchType = catchType;
    }

    private Instruction At(int index) =>
        index < _code.Count ? _code[index] : throw new InvalidOperationException($"{_method.Name}: a label or block ends after the last instruction");

    private void Add(Instruction instruction) => _code.Add(instruction);

    private sealed class Block(int tryStart, ILLabel end)
    {
        public int TryStart { get; } = tryStart;

        public ILLabel End { get; } = end;

        public int HandlerStart { get; set; } = -1;

        public ExceptionHandlerType Kind { get; set; }

        public TypeReference? CatchType { get; set; }
    }

    private sealed record Handler(ExceptionHandlerType Kind, TypeReference? CatchType, int TryStart, int HandlerStart, int HandlerEnd);
}
