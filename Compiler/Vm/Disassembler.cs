using System.Globalization;
using System.Text;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Text;
using FluentAI.Runtime.Printing;

namespace FluentAI.Compiler.Vm;

/// <summary>Prints bytecode with operands decoded and the source line each run of instructions came from.</summary>
public static class Disassembler
{
    public static string Disassemble(Proto proto)
    {
        var output = new StringBuilder();
        Write(proto, output, new HashSet<Proto>());
        return output.ToString();
    }

    private static void Write(Proto proto, StringBuilder output, HashSet<Proto> seen)
    {
        if (!seen.Add(proto))
        {
            return;
        }

        output.Append(CultureInfo.InvariantCulture, $"== {proto.Name} (arity {proto.Arity}, locals {proto.LocalCount}, stack {proto.MaxStack}) ==\n");
        int lastLine = -1;
        var nested = new List<Proto>();
        for (int ip = 0; ip < proto.CodeLength;)
        {
            var op = (OpCode)proto.Code[ip];
            int line = proto.Source.GetLocation(proto.OffsetAt(ip)).Line;
            if (line != lastLine)
            {
                output.Append(CultureInfo.InvariantCulture, $"     ; {line}: {proto.Source.GetLineText(line).Trim()}\n");
                lastLine = line;
            }

            int count = OpCodeInfo.OperandCount(op);
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{ip,4}  {op,-20}");
            for (int i = 1; i <= count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $" {proto.Code[ip + i]}");
            }

            string? comment = Comment(proto, op, ip);
            if (comment is not null)
            {
                text.Append(' ', Math.Max(1, 36 - text.Length)).Append("; ").Append(comment);
            }

            output.Append(text.ToString().TrimEnd());

            if (op == OpCode.MakeClosure)
            {
                nested.Add((Proto)proto.Constants[proto.Code[ip + 1]]!);
            }

            output.Append('\n');
            ip += 1 + count;
        }

        foreach (Proto inner in nested)
        {
            output.Append('\n');
            Write(inner, output, seen);
        }
    }

    private static string? Comment(Proto proto, OpCode op, int ip)
    {
        int a = ip + 1 < proto.CodeLength ? proto.Code[ip + 1] : 0;
        return op switch
        {
            OpCode.Const or OpCode.ContractCheck => Describe(proto.Constants[a]),
            OpCode.LoadGlobal or OpCode.DefineGlobal => ((GlobalCell)proto.Constants[a]!).Name,
            OpCode.LoadLocal or OpCode.StoreLocal or OpCode.LoadCell or OpCode.StoreCell or OpCode.NewCell
                or OpCode.BoxLocal or OpCode.PushLocalCell or OpCode.NoMatch or OpCode.ReturnLocal => proto.LocalNames[a],
            OpCode.MakeClosure => ((Proto)proto.Constants[a]!).Name,
            OpCode.PrimitiveLocalInt or OpCode.JumpIfNotLocalInt =>
                $"{proto.LocalNames[proto.Code[ip + 3]]} {(PrimitiveOp)a} {proto.Code[ip + 4]} via {((GlobalCell)proto.Constants[proto.Code[ip + 2]]!).Name}",
            OpCode.CallGlobal or OpCode.TailCallGlobal => ((GlobalCell)proto.Constants[proto.Code[ip + 2]]!).Name,
            OpCode.Primitive or OpCode.PrimitiveReturn => $"{(PrimitiveOp)a} via {((GlobalCell)proto.Constants[proto.Code[ip + 2]]!).Name}",
            OpCode.TestConstructor => $"{proto.LocalNames[a]} is {proto.Constants[proto.Code[ip + 2]]}/{proto.Code[ip + 3]}",
            OpCode.TestEqual => $"{proto.LocalNames[a]} == {Describe(proto.Constants[proto.Code[ip + 2]])}",
            OpCode.Import => ((ModuleInfo)proto.Constants[a]!).Name,
            OpCode.Return when ip == proto.CodeLength - 1 => "sentinel: error:catch recovery resumes here",
            _ => null,
        };
    }

    private static string Describe(object? constant) => constant switch
    {
        string s => "\"" + s + "\"",
        Proto p => p.Name,
        _ => Printer.Display(constant),
    };
}
