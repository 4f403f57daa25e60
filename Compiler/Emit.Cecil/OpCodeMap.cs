using System.Reflection;
using SreOpCode = System.Reflection.Emit.OpCode;
using CecilOpCode = Mono.Cecil.Cil.OpCode;
using CecilOpCodes = Mono.Cecil.Cil.OpCodes;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>The Mono.Cecil opcode for each System.Reflection.Emit opcode the emitter writes (both encode the same value).</summary>
internal static class OpCodeMap
{
    private static readonly Dictionary<short, CecilOpCode> ByValue = typeof(CecilOpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (CecilOpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static CecilOpCode ToCecil(SreOpCode opcode) =>
        ByValue.TryGetValue(opcode.Value, out CecilOpCode cecil) ? cecil : throw new NotSupportedException($"no Cecil opcode for {opcode.Name}");
}
