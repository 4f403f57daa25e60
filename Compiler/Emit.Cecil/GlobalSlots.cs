using System.Reflection;
using System.Reflection.Emit;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// The program globals of a built assembly: one <c>static readonly GlobalSlot</c> field per cell of
/// any unit (an import makes two units share a cell, and so a field), created at class initialization
/// with the value every program starts with (<see cref="GlobalSlot.Create"/>: builtins, effect operations).
/// </summary>
internal sealed class GlobalSlots(StaticFields fields)
{
    private static readonly MethodInfo Create = typeof(GlobalSlot).GetMethod(nameof(GlobalSlot.Create))!;
    private readonly Dictionary<GlobalSlot, FieldInfo> _fields = new(ReferenceEqualityComparer.Instance);

    public FieldInfo Field(GlobalSlot slot)
    {
        if (!_fields.TryGetValue(slot, out FieldInfo? field))
        {
            field = fields.Add(slot.Name, typeof(GlobalSlot), il =>
            {
                il.Emit(OpCodes.Ldstr, slot.Name);
                il.Emit(OpCodes.Call, Create);
            });
            _fields[slot] = field;
        }

        return field;
    }

    public void EmitConstructor() => fields.EmitConstructor();
}
