using System.Reflection;
using System.Reflection.Emit;
using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// The helpers of a code class that run a unit: <c>&lt;run&gt;</c> runs its forms in order (a program's
/// printing each non-nil value, as <c>fluentc run</c> does; a module's discarding them), and a
/// program's <c>Main</c> hands <c>&lt;run&gt;</c> to <see cref="CompiledProgram.Main"/>.
/// </summary>
internal static class EntryPoint
{
    public const string RunName = "<run>";
    public const string MainName = "Main";

    private static readonly MethodInfo Print = typeof(CompiledProgram).GetMethod(nameof(CompiledProgram.Print))!;
    private static readonly MethodInfo ProgramMain = typeof(CompiledProgram).GetMethod(nameof(CompiledProgram.Main))!;

    public static CecilEmittedMethod EmitRun(CecilUnit unit, EmittedUnit emitted, bool print)
    {
        CecilEmittedMethod run = unit.DefineHelper(RunName, typeof(void), [], out IILWriter il);
        foreach (EmittedMethod form in emitted.Forms)
        {
            il.Emit(OpCodes.Ldnull); // a top-level form's closure: its code reads neither captures nor constants through it
            il.Emit(OpCodes.Call, form);
            if (print)
            {
                il.Emit(OpCodes.Call, Print);
            }
            else
            {
                il.Emit(OpCodes.Pop);
            }
        }

        il.Emit(OpCodes.Ret);
        return run;
    }

    /// <summary><c>static int Main(string[] args) => CompiledProgram.Main(&lt;run&gt;)</c>.</summary>
    public static CecilEmittedMethod EmitMain(CecilUnit unit, EmittedMethod run)
    {
        CecilEmittedMethod main = unit.DefineHelper(MainName, typeof(int), [typeof(string[])], out IILWriter il);
        main.Definition.Parameters[0].Name = "args";
        ConstantFields.EmitNewDelegate(il, run, typeof(Action));
        il.Emit(OpCodes.Call, ProgramMain);
        il.Emit(OpCodes.Ret);
        return main;
    }
}
