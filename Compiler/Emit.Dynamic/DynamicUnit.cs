using System.Reflection.Emit;
using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit.Dynamic;

/// <summary>
/// Methods as DynamicMethods: cheap to create and collected with the last delegate over them, which
/// suits one-off <c>Eval</c>. They are compiled once, fully optimized, with no tiered PGO.
/// </summary>
internal sealed class DynamicUnit(Func<ModuleInfo, IModuleRunner> modules, bool keepListings) : ConstantArrayUnit(modules, keepListings)
{
    /// <summary>A DynamicMethod is compiled at its first call: a boxed body no call needs is never compiled.</summary>
    public override bool SeparatesBoxedBodies => true;

    /// <summary>DynamicMethods get no profile data: the emitter inlines the calls of small loops the JIT would (see <see cref="IEmitHost.InlinesLoopCalls"/>).</summary>
    public override bool InlinesLoopCalls => true;

    /// <summary>
    /// Creates, compiles and runs one small DynamicMethod as this sink's methods are made (<see cref="Hosting.LargeStack.Prestart"/>):
    /// Reflection.Emit's own first use and the JIT's first DynamicMethod cost a fresh process a few milliseconds.
    /// </summary>
    public static void WarmUp()
    {
        DynamicMethod method = NewMethod("warm-up", typeof(object), [typeof(object), typeof(long)]);
        ILGenerator il = method.GetILGenerator();
        LocalBuilder local = il.DeclareLocal(typeof(long));
        Label done = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stloc, local);
        il.Emit(OpCodes.Ldloc, local);
        il.Emit(OpCodes.Ldc_I8, 2L);
        il.Emit(OpCodes.Bge, done);
        il.MarkLabel(done);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ret);
        ((Func<object?, long, object?>)method.CreateDelegate(typeof(Func<object?, long, object?>)))(null, 1);
    }

    /// <summary>A DynamicMethod as this sink makes them: in this assembly's module, skipping visibility checks, locals not zeroed.</summary>
    private static DynamicMethod NewMethod(string name, Type returnType, Type[] parameterTypes) =>
        new(name, returnType, parameterTypes, typeof(DynamicUnit).Module, skipVisibility: true)
        {
            InitLocals = false, // every local is written before it is read; the JIT still zeroes references
        };

    protected override (EmittedMethod Method, ILGenerator Generator) CreateMethod(string name, Type returnType, IReadOnlyList<Type> parameterTypes)
    {
        DynamicMethod method = NewMethod(name, returnType, [.. parameterTypes]);
        return (new ReflectionEmittedMethod(method, name, returnType, parameterTypes), method.GetILGenerator());
    }

    protected override void Complete()
    {
        // A DynamicMethod is complete when its first delegate is made.
    }

    protected override Delegate CreateDelegate(EmittedMethod method, Type delegateType) =>
        ((DynamicMethod)((ReflectionEmittedMethod)method).Method).CreateDelegate(delegateType);
}
