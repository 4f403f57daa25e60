using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Text;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// Records the IL of one method as a listing (for golden tests and <c>fluentc disasm --il</c>) while
/// forwarding it. Labels print as <c>L0:</c>, locals as <c>V0</c> with their type in the header,
/// members as <c>Type::Name</c>; generated methods by name.
/// </summary>
public sealed class LoggingILWriter(IILWriter inner, EmittedMethod method) : ForwardingILWriter(inner)
{
    private readonly StringBuilder _body = new();
    private readonly List<Type> _locals = [];
    private readonly List<bool> _pinned = [];
    private int _depth;

    public string Listing
    {
        get
        {
            var text = new StringBuilder();
            text.Append(".method ").Append(TypeName(method.ReturnType)).Append(' ').Append(method.Name).Append('(')
                .Append(string.Join(", ", method.ParameterTypes.Select(TypeName))).Append(")\n");
            for (int i = 0; i < _locals.Count; i++)
            {
                text.Append("  .local V").Append(i).Append(' ').Append(TypeName(_locals[i])).Append(_pinned[i] ? " pinned" : "").Append('\n');
            }

            return text.Append(_body).ToString();
        }
    }

    public override ILLocal DeclareLocal(Type type)
    {
        _locals.Add(type);
        _pinned.Add(false);
        return base.DeclareLocal(type);
    }

    public override ILLocal DeclarePinnedLocal(Type type)
    {
        _locals.Add(type);
        _pinned.Add(true);
        return base.DeclarePinnedLocal(type);
    }

    public override void MarkLabel(ILLabel label)
    {
        _body.Append("L").Append(label.Id).Append(":\n");
        base.MarkLabel(label);
    }

    public override void Emit(OpCode opcode)
    {
        Line(opcode, null);
        base.Emit(opcode);
    }

    public override void Emit(OpCode opcode, int operand)
    {
        Line(opcode, operand.ToString(CultureInfo.InvariantCulture));
        base.Emit(opcode, operand);
    }

    public override void Emit(OpCode opcode, long operand)
    {
        Line(opcode, operand.ToString(CultureInfo.InvariantCulture));
        base.Emit(opcode, operand);
    }

    public override void Emit(OpCode opcode, double operand)
    {
        Line(opcode, operand.ToString("R", CultureInfo.InvariantCulture));
        base.Emit(opcode, operand);
    }

    public override void Emit(OpCode opcode, string operand)
    {
        Line(opcode, "\"" + operand.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"");
        base.Emit(opcode, operand);
    }

    public override void Emit(OpCode opcode, ILLabel label)
    {
        Line(opcode, "L" + label.Id);
        base.Emit(opcode, label);
    }

    public override void Emit(OpCode opcode, ILLocal local)
    {
        Line(opcode, "V" + local.Index);
        base.Emit(opcode, local);
    }

    public override void Emit(OpCode opcode, MethodInfo method)
    {
        Line(opcode, TypeName(method.DeclaringType!) + "::" + method.Name + OverloadParameters(method));
        base.Emit(opcode, method);
    }

    /// <summary>The parameter types of a method that has overloads (<c>Make(object, long, object)</c>), so that a listing says which one a call picks; empty for other methods.</summary>
    private static string OverloadParameters(MethodInfo method)
    {
        int overloads = method.DeclaringType!.GetMember(method.Name, MemberTypes.Method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).Length;
        return overloads > 1 ? "(" + string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType))) + ")" : "";
    }

    public override void Emit(OpCode opcode, ConstructorInfo constructor)
    {
        Line(opcode, TypeName(constructor.DeclaringType!) + "::.ctor");
        base.Emit(opcode, constructor);
    }

    public override void Emit(OpCode opcode, FieldInfo field)
    {
        Line(opcode, TypeName(field.DeclaringType!) + "::" + field.Name);
        base.Emit(opcode, field);
    }

    public override void Emit(OpCode opcode, Type type)
    {
        Line(opcode, TypeName(type));
        base.Emit(opcode, type);
    }

    public override void Emit(OpCode opcode, EmittedMethod method)
    {
        Line(opcode, method.Name);
        base.Emit(opcode, method);
    }

    public override void BeginTry()
    {
        _body.Append(' ', 2 + (2 * _depth)).Append(".try {\n");
        _depth++;
        base.BeginTry();
    }

    public override void BeginCatch(Type exceptionType)
    {
        _body.Append(' ', 2 * _depth).Append("} catch ").Append(TypeName(exceptionType)).Append(" {\n");
        base.BeginCatch(exceptionType);
    }

    public override void BeginFinally()
    {
        _body.Append(' ', 2 * _depth).Append("} finally {\n");
        base.BeginFinally();
    }

    public override void EndTry()
    {
        _depth--;
        _body.Append(' ', 2 + (2 * _depth)).Append("}\n");
        base.EndTry();
    }

    private void Line(OpCode opcode, string? operand)
    {
        _body.Append(' ', 2 + (2 * _depth)).Append(opcode.Name);
        if (operand is not null)
        {
            _body.Append(' ').Append(operand);
        }

        _body.Append('\n');
    }

    /// <summary>Short, stable type names: C# keywords for primitives, generic arguments spelled out.</summary>
    public static string TypeName(Type type)
    {
        if (type == typeof(object))
        {
            return "object";
        }

        string? keyword = Type.GetTypeCode(type) switch
        {
            TypeCode.Int64 => "long",
            TypeCode.Int32 => "int",
            TypeCode.Byte => "byte",
            TypeCode.Double => "double",
            _ => type == typeof(nuint) ? "nuint" : null,
        };
        if (keyword is not null)
        {
            return keyword;
        }

        if (type == typeof(bool))
        {
            return "bool";
        }

        if (type == typeof(string))
        {
            return "string";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (type.IsPointer)
        {
            return TypeName(type.GetElementType()!) + "*";
        }

        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!) + "&";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        if (Runtime.Values.DataKeyTypes.Describe(type) is { } constructor)
        {
            return constructor; // a data constructor's key type: its name and arity, not sixteen digits
        }

        string name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return name + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
    }
}
