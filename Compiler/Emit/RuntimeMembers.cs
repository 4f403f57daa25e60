using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAI.Runtime;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Emit;

/// <summary>The runtime members that generated IL references, looked up once.</summary>
internal static class RuntimeMembers
{
    public static readonly MethodInfo Box = Method(typeof(RuntimeOps), nameof(RuntimeOps.Box));
    public static readonly MethodInfo Bool = Method(typeof(RuntimeOps), nameof(RuntimeOps.Bool));
    public static readonly MethodInfo IsTruthy = Method(typeof(CompiledOps), nameof(CompiledOps.Truthy));
    public static readonly MethodInfo TypedToLong = Method(typeof(TypedOps), nameof(TypedOps.ToLong));
    public static readonly MethodInfo TypedEqual = Method(typeof(TypedOps), nameof(TypedOps.Equal));
    public static readonly MethodInfo TypedToList = Method(typeof(TypedOps), nameof(TypedOps.ToList));
    public static readonly MethodInfo TypedConsOnto = Method(typeof(TypedOps), nameof(TypedOps.ConsOnto));
    public static readonly MethodInfo TypedEqualLong = Method(typeof(TypedOps), nameof(TypedOps.EqualLong));
    public static readonly MethodInfo TypedNoMatch = Method(typeof(TypedOps), nameof(TypedOps.NoMatch));
    public static readonly MethodInfo TypedLeave = Method(typeof(TypedOps), nameof(TypedOps.Leave));
    public static readonly FieldInfo IntrinsicMiss = typeof(Intrinsics).GetField(nameof(Intrinsics.Miss))!;
    public static readonly FieldInfo True = typeof(RuntimeOps).GetField(nameof(RuntimeOps.True))!;
    public static readonly FieldInfo False = typeof(RuntimeOps).GetField(nameof(RuntimeOps.False))!;

    public static readonly MethodInfo SlotValue = typeof(GlobalSlot).GetProperty(nameof(GlobalSlot.Value))!.GetMethod!;
    public static readonly MethodInfo SlotIsDefined = typeof(GlobalSlot).GetProperty(nameof(GlobalSlot.IsDefined))!.GetMethod!;
    public static readonly MethodInfo SlotDefine = Method(typeof(GlobalSlot), nameof(GlobalSlot.Define));
    public static readonly MethodInfo AnyBuiltinRedefined = typeof(GlobalSlot).GetProperty(nameof(GlobalSlot.AnyBuiltinRedefined))!.GetMethod!;

    public static readonly MethodInfo TypedAllowed = typeof(CompiledOps).GetProperty(nameof(CompiledOps.TypedAllowed))!.GetMethod!;
    public static readonly MethodInfo RerunBoxed = Method(typeof(CompiledOps), nameof(CompiledOps.RerunBoxed));
    public static readonly FieldInfo GuardRedefined = typeof(BuiltinGuard).GetField(nameof(BuiltinGuard.Redefined))!;
    public static readonly FieldInfo Env = typeof(CompiledClosure).GetField(nameof(CompiledClosure.Env))!;
    public static readonly FieldInfo Unassigned = typeof(CompiledOps).GetField(nameof(CompiledOps.Unassigned))!;
    public static readonly ConstructorInfo NewBox = typeof(StrongBox<object?>).GetConstructor([typeof(object)])!;
    public static readonly FieldInfo BoxValue = typeof(StrongBox<object?>).GetField(nameof(StrongBox<object?>.Value))!;
    public static readonly MethodInfo ReadBox = Method(typeof(CompiledOps), nameof(CompiledOps.ReadBox));

    public static readonly MethodInfo UndefinedGlobal = Method(typeof(CompiledOps), nameof(CompiledOps.UndefinedGlobal));
    public static readonly MethodInfo ContractFailed = Method(typeof(CompiledOps), nameof(CompiledOps.ContractFailed));
    public static readonly MethodInfo NoMatch = Method(typeof(CompiledOps), nameof(CompiledOps.NoMatch));
    public static readonly MethodInfo StackIsLow = Method(typeof(StackGuard), nameof(StackGuard.IsLow));
    public static readonly MethodInfo StackLimit = typeof(StackGuard).GetProperty(nameof(StackGuard.Limit))!.GetMethod!;
    public static readonly MethodInfo StackOverflow = Method(typeof(StackGuard), nameof(StackGuard.Overflow));
    public static readonly MethodInfo[] Lists =
    [
        Method(typeof(CompiledOps), nameof(CompiledOps.List0)),
        Method(typeof(CompiledOps), nameof(CompiledOps.List1)),
        Method(typeof(CompiledOps), nameof(CompiledOps.List2)),
        Method(typeof(CompiledOps), nameof(CompiledOps.List3)),
    ];

    public static readonly MethodInfo ListN = Method(typeof(CompiledOps), nameof(CompiledOps.ListN));

    public static readonly MethodInfo[] Calls =
    [
        Method(typeof(CompiledOps), nameof(CompiledOps.Call0)),
        Method(typeof(CompiledOps), nameof(CompiledOps.Call1)),
        Method(typeof(CompiledOps), nameof(CompiledOps.Call2)),
        Method(typeof(CompiledOps), nameof(CompiledOps.Call3)),
        Method(typeof(CompiledOps), nameof(CompiledOps.Call4)),
    ];

    public static readonly MethodInfo CallN = Method(typeof(CompiledOps), nameof(CompiledOps.CallN));

    public static readonly MethodInfo Primitive = Method(typeof(CompiledOps), nameof(CompiledOps.Primitive));
    public static readonly MethodInfo PrimitiveTest = Method(typeof(CompiledOps), nameof(CompiledOps.PrimitiveTest));
    public static readonly MethodInfo AddLong = Method(typeof(CompiledOps), nameof(CompiledOps.AddLong));
    public static readonly MethodInfo SubtractLong = Method(typeof(CompiledOps), nameof(CompiledOps.SubtractLong));
    public static readonly MethodInfo MultiplyLong = Method(typeof(CompiledOps), nameof(CompiledOps.MultiplyLong));
    public static readonly MethodInfo PatternEquals = Method(typeof(CompiledOps), nameof(CompiledOps.PatternEquals));
    public static readonly MethodInfo MatchesConstructor = Method(typeof(CompiledOps), nameof(CompiledOps.MatchesConstructor));
    public static readonly MethodInfo Field = Method(typeof(CompiledOps), nameof(CompiledOps.Field));
    public static readonly MethodInfo TestList = Method(typeof(CompiledOps), nameof(CompiledOps.TestList));
    public static readonly MethodInfo Item = Method(typeof(CompiledOps), nameof(CompiledOps.Item));
    public static readonly MethodInfo Rest = Method(typeof(CompiledOps), nameof(CompiledOps.Rest));

    public static readonly MethodInfo HandlerEnter = Method(typeof(HandlerScope), nameof(HandlerScope.Enter));
    public static readonly MethodInfo HandlerTryCatch = Method(typeof(HandlerScope), nameof(HandlerScope.TryCatch));
    public static readonly MethodInfo Rethrow = Method(typeof(CompiledOps), nameof(CompiledOps.Rethrow));
    public static readonly MethodInfo HandlerExit = Method(typeof(HandlerScope), nameof(HandlerScope.Exit));

    public static readonly FieldInfo EmptyEnv = typeof(CompiledOps).GetField(nameof(CompiledOps.NoCaptures))!;

    public static readonly Type FunctionValueType = typeof(FunctionValue);

    /// <summary>The fast path of a builtin for compiled code, if it has one (see <see cref="Intrinsics"/>).</summary>
    public static MethodInfo? Intrinsic(GlobalSlot cell, int arity) =>
        cell.Builtin is BuiltinFunction builtin && Intrinsics.Methods.TryGetValue((builtin.BuiltinName, arity), out string? name)
            ? Method(typeof(Intrinsics), name)
            : null;

    /// <summary>The typed-code version of a pure builtin (see <see cref="TypedOps"/>).</summary>
    public static MethodInfo TypedPureBuiltin(string name, bool onList) => Method(typeof(TypedOps), name switch
    {
        "head" => onList ? nameof(TypedOps.HeadOfList) : nameof(TypedOps.Head),
        "tail" => onList ? nameof(TypedOps.TailOfList) : nameof(TypedOps.Tail),
        "empty?" => onList ? nameof(TypedOps.IsEmptyList) : nameof(TypedOps.IsEmpty),
        "length" => onList ? nameof(TypedOps.LengthOfList) : nameof(TypedOps.Length),
        "cons" => onList ? nameof(TypedOps.ConsOntoList) : nameof(TypedOps.Cons),
        "not" => nameof(TypedOps.Not),
        "to-string" => nameof(TypedOps.ToText),
        _ => throw new ArgumentException($"no typed version of {name}", nameof(name)),
    });

    private static MethodInfo Method(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
        ?? throw new MissingMethodException(type.Name, name);

    /// <summary>
    /// <see cref="DataConstructor.Make()"/> and its overloads: the fields one by one up to three (the one at
    /// <paramref name="unboxedAt"/>, if not -1, a <c>long</c>), else an array.
    /// </summary>
    public static MethodInfo MakeData(int arity, int unboxedAt) => typeof(DataConstructor).GetMethod(
        nameof(DataConstructor.Make),
        arity <= DataValue.InlineFields
            ? [.. Enumerable.Range(0, arity).Select(i => i == unboxedAt ? typeof(long) : typeof(object))]
            : [typeof(object[])])!;

    /// <summary><see cref="TypedOps.FieldLong"/>: a matched value's field as an integer.</summary>
    public static readonly MethodInfo FieldLong = Method(typeof(TypedOps), nameof(TypedOps.FieldLong));

    // Typed code on lists: reading elements and building lists (TypedFunctionEmitter.Loops), and the
    // list operations it calls directly.
    public static readonly MethodInfo ListElements = typeof(FluentList).GetMethod(nameof(FluentList.GetEnumerator))!;
    public static readonly MethodInfo ListCount = typeof(FluentList).GetProperty(nameof(FluentList.Count))!.GetMethod!;
    public static readonly MethodInfo ListHead = typeof(FluentList).GetProperty(nameof(FluentList.Head))!.GetMethod!;
    public static readonly MethodInfo ListTail = typeof(FluentList).GetProperty(nameof(FluentList.Tail))!.GetMethod!;
    public static readonly MethodInfo NextElement = typeof(FluentList.Enumerator).GetMethod(nameof(FluentList.Enumerator.Next))!;
    public static readonly MethodInfo ElementValue = typeof(FluentList.Enumerator).GetProperty(nameof(FluentList.Enumerator.Value))!.GetMethod!;
    public static readonly MethodInfo ElementLong = Method(typeof(TypedOps), nameof(TypedOps.ElementLong));
    public static readonly MethodInfo TypedMod = Method(typeof(TypedOps), nameof(TypedOps.Mod));
    public static readonly MethodInfo TypedRange1 = typeof(TypedOps).GetMethod(nameof(TypedOps.Range), [typeof(long)])!;
    public static readonly MethodInfo TypedRange2 = typeof(TypedOps).GetMethod(nameof(TypedOps.Range), [typeof(long), typeof(long)])!;
    public static readonly MethodInfo LongToText = Method(typeof(TypedOps), nameof(TypedOps.LongToText));

    /// <summary>A list builder's members: <see cref="FluentList.Builder"/> for any values, <see cref="FluentList.LongBuilder"/> for integers.</summary>
    public sealed record ListBuilder(Type Type, ConstructorInfo WithCapacity, MethodInfo Add, MethodInfo ToList)
    {
        public static readonly ListBuilder Objects = For(typeof(FluentList.Builder));
        public static readonly ListBuilder Integers = For(typeof(FluentList.LongBuilder));

        private static ListBuilder For(Type type) =>
            new(type, type.GetConstructor([typeof(int)])!, type.GetMethod("Add")!, type.GetMethod("ToList")!);
    }
}
