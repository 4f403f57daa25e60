using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Reflection.Emit;
using System.Text;
using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// The constants of one unit as <c>static readonly</c> fields of its code class, made once in the
/// class's static constructor: data constructors, boxed doubles, big integers, handler operation
/// lists, the closures of known functions, code delegates, module runners; source sites, which only
/// slow and failing paths read, as one array per file built from a compact table.
/// Equal constants share a field.
/// </summary>
internal sealed class ConstantFields(StaticFields fields, Func<ModuleInfo, Type> moduleClass)
{
    private static readonly MethodInfo BigIntegerConstant = typeof(ClrValues).GetMethod(nameof(ClrValues.Integer))!;
    private static readonly MethodInfo SiteTable = typeof(SourceSite).GetMethod(nameof(SourceSite.Table))!;
    private static readonly FieldInfo NoCaptures = typeof(CompiledOps).GetField(nameof(CompiledOps.NoCaptures))!;
    private static readonly ConstructorInfo NewDataConstructor = typeof(DataConstructor).GetConstructor([typeof(string), typeof(int)])!;
    private static readonly ConstructorInfo NewModuleRunner = typeof(ModuleClassRunner).GetConstructor([typeof(RuntimeTypeHandle)])!;

    private readonly Dictionary<object, FieldInfo> _fields = new(ConstantKeyComparer.Instance);
    private readonly Dictionary<string, SiteTableField> _sites = new(StringComparer.Ordinal);

    /// <summary>Pushes <paramref name="value"/> as <paramref name="type"/>.</summary>
    public void Emit(IILWriter il, object value, Type type)
    {
        if (value is SourceSite site)
        {
            EmitSite(il, site);
            return;
        }

        FieldInfo field = Field(value);
        il.Emit(OpCodes.Ldsfld, field);
        if (!type.IsAssignableFrom(field.FieldType))
        {
            il.Emit(OpCodes.Castclass, type);
        }
    }

    /// <summary>Pushes a delegate of <paramref name="delegateType"/> over <paramref name="method"/>, made once.</summary>
    public void EmitDelegate(IILWriter il, EmittedMethod method, Type delegateType) =>
        il.Emit(OpCodes.Ldsfld, Field(new CodeDelegate(method, delegateType)));

    /// <summary>Pushes a new delegate over <paramref name="method"/>: <c>ldnull; ldftn; newobj</c>.</summary>
    public static void EmitNewDelegate(IILWriter il, EmittedMethod method, Type delegateType)
    {
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ldftn, method);
        il.Emit(OpCodes.Newobj, delegateType.GetConstructor([typeof(object), typeof(IntPtr)])!);
    }

    public FieldInfo Field(object value)
    {
        if (!_fields.TryGetValue(value, out FieldInfo? field))
        {
            field = value switch
            {
                double d => fields.Add("double " + d.ToString("R", CultureInfo.InvariantCulture), typeof(object), il =>
                {
                    il.Emit(OpCodes.Ldc_R8, d);
                    il.Emit(OpCodes.Box, typeof(double));
                }),
                BigInteger b => fields.Add("integer " + b.ToString(CultureInfo.InvariantCulture), typeof(object), il =>
                {
                    il.Emit(OpCodes.Ldstr, b.ToString(CultureInfo.InvariantCulture));
                    il.Emit(OpCodes.Call, BigIntegerConstant);
                }),
                DataConstructor constructor => fields.Add("constructor " + constructor.ConstructorName, typeof(DataConstructor), il =>
                {
                    il.Emit(OpCodes.Ldstr, constructor.ConstructorName);
                    il.Emit(OpCodes.Ldc_I4, constructor.Arity);
                    il.Emit(OpCodes.Newobj, NewDataConstructor);
                }),
                string[] strings => fields.Add("operations", typeof(string[]), il => EmitStrings(il, strings)),
                KnownClosureConstant known => fields.Add("closure " + known.Name, known.Shape.ClosureType, il => EmitKnownClosure(il, known)),
                ModuleConstant module => fields.Add("module " + module.Module.Name, typeof(ModuleClassRunner), il =>
                {
                    il.Emit(OpCodes.Ldtoken, moduleClass(module.Module));
                    il.Emit(OpCodes.Newobj, NewModuleRunner);
                }),
                CodeDelegate code => fields.Add("code " + code.Method.Name, code.DelegateType, il => EmitNewDelegate(il, code.Method, code.DelegateType)),
                _ => throw new NotSupportedException($"a constant of type {value.GetType().Name} in an assembly"),
            };
            _fields[value] = field;
        }

        return field;
    }

    private void EmitSite(IILWriter il, SourceSite site)
    {
        if (!_sites.TryGetValue(site.Path, out SiteTableField? table))
        {
            table = new SiteTableField();
            string path = site.Path;
            table.Field = fields.Add("sites " + Path.GetFileName(path), typeof(SourceSite[]), il =>
            {
                il.Emit(OpCodes.Ldstr, path);
                il.Emit(OpCodes.Ldstr, table.Encode());
                il.Emit(OpCodes.Call, SiteTable);
            });
            _sites[site.Path] = table;
        }

        il.Emit(OpCodes.Ldsfld, table.Field);
        il.Emit(OpCodes.Ldc_I4, table.IndexOf(site));
        il.Emit(OpCodes.Ldelem_Ref);
    }

    private static void EmitStrings(IILWriter il, string[] strings)
    {
        il.Emit(OpCodes.Ldc_I4, strings.Length);
        il.Emit(OpCodes.Newarr, typeof(string));
        for (int i = 0; i < strings.Length; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldstr, strings[i]);
            il.Emit(OpCodes.Stelem_Ref);
        }
    }

    /// <summary><c>new ClosureK(name, code, CompiledOps.NoCaptures, null)</c> (ClosureN takes the arity too).</summary>
    private static void EmitKnownClosure(IILWriter il, KnownClosureConstant known)
    {
        ClosureShape shape = known.Shape;
        il.Emit(OpCodes.Ldstr, known.Name);
        if (shape.TakesArray)
        {
            il.Emit(OpCodes.Ldc_I4, known.Arity);
        }

        EmitNewDelegate(il, known.Code, shape.DelegateType);
        il.Emit(OpCodes.Ldsfld, NoCaptures);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Newobj, shape.Constructor);
    }

    /// <summary>A delegate over a generated method, made once per unit.</summary>
    private sealed record CodeDelegate(EmittedMethod Method, Type DelegateType);

    /// <summary>The sites of one file: an index per distinct (line, column, function), and their compact table.</summary>
    private sealed class SiteTableField
    {
        private readonly Dictionary<(int Line, int Column, string Function), int> _indexes = [];

        public FieldInfo Field { get; set; } = null!;

        public int IndexOf(SourceSite site)
        {
            var key = (site.Line, site.Column, site.Function);
            if (!_indexes.TryGetValue(key, out int index))
            {
                index = _indexes.Count;
                _indexes[key] = index;
            }

            return index;
        }

        public string Encode()
        {
            var text = new StringBuilder(_indexes.Count * 16);
            foreach (((int line, int column, string function), int index) in _indexes.OrderBy(e => e.Value))
            {
                if (index > 0)
                {
                    text.Append('\n');
                }

                text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(column.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(function);
            }

            return text.ToString();
        }
    }

    /// <summary>
    /// Constants are shared when equal: doubles by their bits (0.0 and -0.0 stay apart), big integers by
    /// value, operation lists by content, the rest (data constructors, closures, ...) by identity.
    /// </summary>
    private sealed class ConstantKeyComparer : IEqualityComparer<object>
    {
        public static readonly ConstantKeyComparer Instance = new();

        public new bool Equals(object? x, object? y) => (x, y) switch
        {
            (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b),
            (BigInteger a, BigInteger b) => a == b,
            (string[] a, string[] b) => a.AsSpan().SequenceEqual(b),
            (ModuleConstant a, ModuleConstant b) => ReferenceEquals(a.Module, b.Module),
            (CodeDelegate a, CodeDelegate b) => a == b,
            _ => ReferenceEquals(x, y),
        };

        public int GetHashCode(object obj) => obj switch
        {
            double d => BitConverter.DoubleToInt64Bits(d).GetHashCode(),
            BigInteger b => b.GetHashCode(),
            string[] strings => strings.Length == 0 ? 0 : HashCode.Combine(strings.Length, strings[0]),
            ModuleConstant m => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(m.Module),
            CodeDelegate c => c.GetHashCode(),
            _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj),
        };
    }
}
