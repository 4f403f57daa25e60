using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAI.Runtime;
using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Emit;

/// <summary>
/// The runtime members that generated IL references, each looked up by reflection the first time an
/// emitter needs it (a benign race at worst looks one up twice). Looking them all up at once cost a fresh
/// process about 10 ms of its first Dynamic-mode eval; a small program needs a few of them.
/// </summary>
internal static class RuntimeMembers
{
    public static MethodInfo Box => field ??= Method(typeof(RuntimeOps), nameof(RuntimeOps.Box));
    public static MethodInfo Bool => field ??= Method(typeof(RuntimeOps), nameof(RuntimeOps.Bool));
    public static MethodInfo IsTruthy => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.Truthy));
    public static MethodInfo TypedToLong => field ??= Method(typeof(TypedOps), nameof(TypedOps.ToLong));
    public static MethodInfo TypedEqual => field ??= Method(typeof(TypedOps), nameof(TypedOps.Equal));
    public static MethodInfo TypedToList => field ??= Method(typeof(TypedOps), nameof(TypedOps.ToList));
    public static MethodInfo TypedConsOnto => field ??= Method(typeof(TypedOps), nameof(TypedOps.ConsOnto));
    public static MethodInfo TypedEqualLong => field ??= Method(typeof(TypedOps), nameof(TypedOps.EqualLong));
    public static MethodInfo TypedNoMatch => field ??= Method(typeof(TypedOps), nameof(TypedOps.NoMatch));
    public static MethodInfo TypedLeave => field ??= Method(typeof(TypedOps), nameof(TypedOps.Leave));
    public static FieldInfo IntrinsicMiss => field ??= typeof(Intrinsics).GetField(nameof(Intrinsics.Miss))!;
    public static FieldInfo True => field ??= typeof(RuntimeOps).GetField(nameof(RuntimeOps.True))!;
    public static FieldInfo False => field ??= typeof(RuntimeOps).GetField(nameof(RuntimeOps.False))!;

    public static MethodInfo SlotValue => field ??= typeof(GlobalSlot).GetProperty(nameof(GlobalSlot.Value))!.GetMethod!;
    public static MethodInfo SlotIsDefined => field ??= typeof(GlobalSlot).GetProperty(nameof(GlobalSlot.IsDefined))!.GetMethod!;
    public static MethodInfo SlotDefine => field ??= Method(typeof(GlobalSlot), nameof(GlobalSlot.Define));
    public static MethodInfo AnyBuiltinRedefined => field ??= typeof(GlobalSlot).GetProperty(nameof(GlobalSlot.AnyBuiltinRedefined))!.GetMethod!;

    public static MethodInfo TypedAllowed => field ??= typeof(CompiledOps).GetProperty(nameof(CompiledOps.TypedAllowed))!.GetMethod!;
    public static FieldInfo TentativeThreads => field ??= typeof(StackGuard).GetField(nameof(StackGuard.TentativeThreads))!;
    public static MethodInfo LeaveTypedCode => field ??= Method(typeof(StackGuard), nameof(StackGuard.LeaveTypedCode));
    public static MethodInfo RerunBoxed => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.RerunBoxed));
    public static FieldInfo GuardRedefined => field ??= typeof(BuiltinGuard).GetField(nameof(BuiltinGuard.Redefined))!;
    public static FieldInfo Env => field ??= typeof(CompiledClosure).GetField(nameof(CompiledClosure.Env))!;
    public static FieldInfo Unassigned => field ??= typeof(CompiledOps).GetField(nameof(CompiledOps.Unassigned))!;
    public static ConstructorInfo NewBox => field ??= typeof(StrongBox<object?>).GetConstructor([typeof(object)])!;
    public static FieldInfo BoxValue => field ??= typeof(StrongBox<object?>).GetField(nameof(StrongBox<object?>.Value))!;
    public static MethodInfo ReadBox => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.ReadBox));

    public static MethodInfo UndefinedGlobal => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.UndefinedGlobal));
    public static MethodInfo ContractFailed => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.ContractFailed));
    public static MethodInfo NoMatch => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.NoMatch));
    public static MethodInfo StackIsLow => field ??= Method(typeof(StackGuard), nameof(StackGuard.IsLow));
    public static MethodInfo StackLimit => field ??= typeof(StackGuard).GetProperty(nameof(StackGuard.Limit))!.GetMethod!;
    public static MethodInfo StackOverflow => field ??= Method(typeof(StackGuard), nameof(StackGuard.Overflow));
    public static MethodInfo StackOverflowAt => field ??= Method(typeof(StackGuard), nameof(StackGuard.OverflowAt));
    public static MethodInfo[] Lists => field ??=
    [
        Method(typeof(CompiledOps), nameof(CompiledOps.List0)),
        Method(typeof(CompiledOps), nameof(CompiledOps.List1)),
        Method(typeof(CompiledOps), nameof(CompiledOps.List2)),
        Method(typeof(CompiledOps), nameof(CompiledOps.List3)),
    ];

    public static MethodInfo ListN => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.ListN));

    public static MethodInfo[] Calls => field ??=
    [
        Method(typeof(CompiledOps), nameof(CompiledOps.Call0)),
        Method(typeof(CompiledOps), nameof(CompiledOps.Call1)),
        Method(typeof(CompiledOps), nameof(CompiledOps.Call2)),
        Method(typeof(CompiledOps), nameof(CompiledOps.Call3)),
        Method(typeof(CompiledOps), nameof(CompiledOps.Call4)),
    ];

    public static MethodInfo CallN => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.CallN));

    public static MethodInfo Primitive => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.Primitive));
    public static MethodInfo PrimitiveTest => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.PrimitiveTest));
    public static MethodInfo AddLong => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.AddLong));
    public static MethodInfo SubtractLong => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.SubtractLong));
    public static MethodInfo MultiplyLong => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.MultiplyLong));
    public static MethodInfo PatternEquals => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.PatternEquals));
    public static MethodInfo MatchesConstructor => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.MatchesConstructor));
    public static MethodInfo Field => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.Field));
    public static MethodInfo TestList => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.TestList));
    public static MethodInfo Item => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.Item));
    public static MethodInfo Rest => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.Rest));

    public static MethodInfo HandlerEnter => field ??= Method(typeof(HandlerScope), nameof(HandlerScope.Enter));
    public static MethodInfo HandlerTryCatch => field ??= Method(typeof(HandlerScope), nameof(HandlerScope.TryCatch));
    public static MethodInfo Rethrow => field ??= Method(typeof(CompiledOps), nameof(CompiledOps.Rethrow));
    public static MethodInfo HandlerExit => field ??= Method(typeof(HandlerScope), nameof(HandlerScope.Exit));

    public static FieldInfo EmptyEnv => field ??= typeof(CompiledOps).GetField(nameof(CompiledOps.NoCaptures))!;

    public static Type FunctionValueType => typeof(FunctionValue);

    /// <summary>The fast path of a builtin for compiled code, if it has one (see <see cref="Intrinsics"/>).</summary>
    public static MethodInfo? Intrinsic(GlobalSlot cell, int arity) =>
        cell.Builtin is BuiltinFunction builtin && Intrinsics.MethodFor(builtin.BuiltinName, arity) is { } name
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
        "string-join" => nameof(TypedOps.StringJoin),
        "string-length" => nameof(TypedOps.StringLength),
        _ => throw new ArgumentException($"no typed version of {name}", nameof(name)),
    });

    // Integer lists (IntegerListAnalysis): IntegerCell chains, null when empty.
    public static MethodInfo IntegerListEnter => field ??= Method(typeof(IntegerLists), nameof(IntegerLists.Enter));

    public static MethodInfo IntegerListHead => field ??= Method(typeof(IntegerLists), nameof(IntegerLists.Head));

    public static MethodInfo IntegerListTail => field ??= Method(typeof(IntegerLists), nameof(IntegerLists.Tail));

    public static FieldInfo IntegerCellNext => field ??= typeof(IntegerCell).GetField(nameof(IntegerCell.Next))!;

    public static ConstructorInfo NewIntegerCell => field ??= typeof(IntegerCell).GetConstructor([typeof(long), typeof(IntegerCell)])!;

    public static FieldInfo IntegerCellHead => field ??= typeof(IntegerCell).GetField(nameof(IntegerCell.Head))!;

    // Accumulators (AccumulatorAnalysis): a typed loop's list parameter that it only conses onto.
    public static MethodInfo AccumulatorStart => field ??= Method(typeof(ListAccumulator), nameof(ListAccumulator.Start));

    public static MethodInfo AccumulatorPush => field ??= Method(typeof(ListAccumulator), nameof(ListAccumulator.Push));

    public static MethodInfo AccumulatorToList => field ??= Method(typeof(ListAccumulator), nameof(ListAccumulator.ToList));

    // Integer lists in frames (IntegerListAnalysis): IntegerNode* chains, null when empty.
    public static MethodInfo IntegerListEnterNodes => field ??= Method(typeof(IntegerLists), nameof(IntegerLists.EnterNodes));

    public static MethodInfo IntegerListLink => field ??= Method(typeof(IntegerLists), nameof(IntegerLists.Link));

    public static MethodInfo IntegerNodeHeadOf => field ??= Method(typeof(IntegerLists), nameof(IntegerLists.HeadOf));

    public static MethodInfo IntegerNodeTailOf => field ??= Method(typeof(IntegerLists), nameof(IntegerLists.TailOf));

    public static FieldInfo IntegerNodeHead => field ??= typeof(IntegerNode).GetField(nameof(IntegerNode.Head))!;

    public static FieldInfo IntegerNodeNext => field ??= typeof(IntegerNode).GetField(nameof(IntegerNode.Next))!;

    private static MethodInfo Method(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
        ?? throw new MissingMethodException(type.Name, name);

    /// <summary><see cref="Unsafe.As{T}(object)"/> over <paramref name="type"/>: a reference taken as <paramref name="type"/> without a check (the code tested it).</summary>
    public static MethodInfo UnsafeAs(Type type) =>
        (UnsafeAsDefinition ??= typeof(Unsafe).GetMethods().Single(m => m.Name == nameof(Unsafe.As) && m.GetGenericArguments().Length == 1))
            .MakeGenericMethod(type);

    private static MethodInfo? UnsafeAsDefinition;

    /// <summary><see cref="DataConstructor.Make(object[])"/>: a value of more than three fields, from an array.</summary>
    public static MethodInfo MakeDataFromArray => field ??= typeof(DataConstructor).GetMethod(nameof(DataConstructor.Make), [typeof(object[])])!;

    /// <summary><see cref="TypedOps.FieldLong"/>: a matched value's field as an integer.</summary>
    public static MethodInfo FieldLong => field ??= Method(typeof(TypedOps), nameof(TypedOps.FieldLong));

    // Typed code on lists: reading elements and building lists (TypedFunctionEmitter.Loops), and the
    // list operations it calls directly.
    public static MethodInfo ListElements => field ??= typeof(FluentList).GetMethod(nameof(FluentList.GetEnumerator))!;
    public static MethodInfo ListCount => field ??= typeof(FluentList).GetProperty(nameof(FluentList.Count))!.GetMethod!;
    public static MethodInfo ListHead => field ??= typeof(FluentList).GetProperty(nameof(FluentList.Head))!.GetMethod!;
    public static MethodInfo ListTail => field ??= typeof(FluentList).GetProperty(nameof(FluentList.TailOfNonEmpty))!.GetMethod!;
    public static MethodInfo NextElement => field ??= typeof(FluentList.Enumerator).GetMethod(nameof(FluentList.Enumerator.Next))!;
    public static MethodInfo ElementValue => field ??= typeof(FluentList.Enumerator).GetProperty(nameof(FluentList.Enumerator.Value))!.GetMethod!;
    public static MethodInfo ElementLong => field ??= Method(typeof(TypedOps), nameof(TypedOps.ElementLong));
    public static MethodInfo TypedMod => field ??= Method(typeof(TypedOps), nameof(TypedOps.Mod));
    public static MethodInfo TypedRange1 => field ??= typeof(TypedOps).GetMethod(nameof(TypedOps.Range), [typeof(long)])!;
    public static MethodInfo TypedRange2 => field ??= typeof(TypedOps).GetMethod(nameof(TypedOps.Range), [typeof(long), typeof(long)])!;
    public static MethodInfo LongToText => field ??= Method(typeof(TypedOps), nameof(TypedOps.LongToText));

    /// <summary>A list builder's members: <see cref="FluentList.Builder"/> for any values, <see cref="FluentList.LongBuilder"/> for integers.</summary>
    public sealed record ListBuilder(Type Type, ConstructorInfo WithCapacity, MethodInfo Add, MethodInfo ToList)
    {
        public static readonly ListBuilder Objects = For(typeof(FluentList.Builder));
        public static readonly ListBuilder Integers = For(typeof(FluentList.LongBuilder));

        private static ListBuilder For(Type type) =>
            new(type, type.GetConstructor([typeof(int)])!, type.GetMethod("Add")!, type.GetMethod("ToList")!);
    }
}
