using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using FluentAI.Compiler.Binding;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Emit.Dynamic;
using FluentAI.Runtime.Compiled;
using Binder = FluentAI.Compiler.Binding.Binder;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;
using FluentAI.Compiler.Vm;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Hosting;

/// <summary>
/// Evaluates FluentAI in process. Definitions persist across calls on one engine; separate engines
/// share nothing (globals, modules, state store, handlers). Not thread-safe: use one engine per thread.
/// </summary>
public sealed partial class FluentEngine
{
    private readonly GlobalTable _globals;
    private readonly ModuleLoader _modules;
    private readonly FluentContext _context;
    private readonly VirtualMachine _vm;
    private DirectBinder? _direct; // both created on first use, then reused by every Eval
    private Binder? _binder;

    // Tiered mode: functions defined at top level that may be compiled to IL once hot, by their IR.
    private readonly Dictionary<FunctionInfo, Promotable> _promotable = [];
    private bool _tieredUp; // some function runs as IL: run code on a large stack from now on
    private bool _wantsTierUp; // a function got hot on a small stack: move to a large one to compile it

    public FluentEngine(FluentEngineOptions? options = null)
    {
        Options = options ?? new FluentEngineOptions();
        if (Options.Mode == ExecutionMode.Dynamic && Options.CodeHome == CodeHome.DynamicMethods)
        {
            // Every eval of this engine runs on a large-stack worker: start one first, loading Reflection.Emit on it
            // while this thread sets up the engine and parses and binds the first program.
            LargeStack.Prestart(DynamicUnit.WarmUp);
        }

        _globals = new GlobalTable();
        _modules = new ModuleLoader(_globals.Guard);
        _context = new FluentContext(); // the console unless the options say otherwise, opened on first use
        if (Options.OutputOrNull is { } output)
        {
            _context.Out = output;
        }

        if (Options.InputOrNull is { } input)
        {
            _context.In = input;
        }

        _vm = new VirtualMachine(Options.MaxCallDepth, _context)
        {
            TierUp = Options.Mode == ExecutionMode.Tiered ? TryTierUp : null,
            TierUpThreshold = Math.Max(1, Options.TierUpThreshold),
        };
    }

    public FluentEngineOptions Options { get; }

    /// <summary>Whether code of this engine may run as IL (on the CLR stack) rather than only on the VM.</summary>
    private bool RunsIL => Options.Mode == ExecutionMode.Dynamic || (Options.Mode == ExecutionMode.Tiered && (_tieredUp || _wantsTierUp));

    /// <summary>Runs every form of <paramref name="source"/>; returns the last form's value as a CLR object (null for nil).</summary>
    /// <exception cref="FluentCompilationException">The source has syntax or binding errors; nothing ran.</exception>
    /// <exception cref="FluentRuntimeException">An uncaught runtime error.</exception>
    public object? Eval(string source, string path = "<eval>") => Execute(new SourceText(source, path), print: false);

    /// <summary>Runs a program as <c>fluentc run</c> does: after each top-level form its non-nil value is printed to <see cref="FluentEngineOptions.Output"/>.</summary>
    public void RunProgram(SourceText source) => Execute(source, print: true);

    /// <summary>Calls a global function by name; <see cref="int"/> arguments are widened to <see cref="long"/>.</summary>
    public object? Call(string name, params object?[] args)
    {
        if (!_globals.TryGetDefined(name, out GlobalCell cell))
        {
            throw new FluentRuntimeException(ErrorTypes.UndefinedVariable, $"Undefined variable: {name}", null, []);
        }

        if (cell.Value is not FunctionValue function)
        {
            throw new FluentRuntimeException(ErrorTypes.TypeMismatch, $"Cannot apply non-function: {name}", null, []);
        }

        object?[] normalized = [.. args.Select(HostValues.FromClr)];
        if (function is CompiledClosure { TypedEntry: true } typed && TryCallHere(typed, normalized, out object? result))
        {
            return result;
        }

        return Guard((function, normalized), static state => state.function.Invoke(state.normalized));
    }

    /// <summary>A typed delegate over a global function, e.g. <c>GetFunction&lt;Func&lt;long, long&gt;&gt;("fib")</c>.</summary>
    public T GetFunction<T>(string name) where T : Delegate
    {
        // Looked up here rather than in static fields: reflection at type initialization would cost every engine's first eval.
        MethodInfo callTyped = typeof(FluentEngine).GetMethod(nameof(CallTyped), BindingFlags.NonPublic | BindingFlags.Instance)!;
        MethodInfo convertResult = typeof(FluentEngine).GetMethod(nameof(ConvertResult), BindingFlags.NonPublic | BindingFlags.Static)!;
        MethodInfo invoke = typeof(T).GetMethod("Invoke")!;
        ParameterExpression[] parameters = [.. invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name))];
        Expression call = Expression.Call(
            Expression.Constant(this),
            callTyped,
            Expression.Constant(name),
            Expression.NewArrayInit(typeof(object), parameters.Select(p => Expression.Convert(p, typeof(object)))));
        Expression body = invoke.ReturnType == typeof(void)
            ? call
            : Expression.Call(convertResult.MakeGenericMethod(invoke.ReturnType), call);
        return Expression.Lambda<T>(body, parameters).Compile();
    }

    /// <summary>The bytecode listing of a program, with source lines (<c>fluentc disasm</c>).</summary>
    /// <exception cref="FluentCompilationException">The source has syntax or binding errors.</exception>
    public static string Disassemble(SourceText source)
    {
        BoundProgram program = Binder.BindProgram(SyntaxTree.Parse(source), new GlobalTable(), new ModuleLoader());
        if (program.HasErrors)
        {
            throw new FluentCompilationException(program.Diagnostics);
        }

        var output = new StringBuilder();
        foreach (TopLevelForm form in program.Forms)
        {
            output.Append(Disassembler.Disassemble(BytecodeCompiler.Compile(form.Function, form.Body))).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>The IL listing of every method the Dynamic backend generates for a program (<c>fluentc disasm --il</c>).</summary>
    /// <exception cref="FluentCompilationException">The source has syntax or binding errors.</exception>
    public static string DisassembleIL(SourceText source)
    {
        BoundProgram program = Binder.BindProgram(SyntaxTree.Parse(source), new GlobalTable(), new ModuleLoader());
        if (program.HasErrors)
        {
            throw new FluentCompilationException(program.Diagnostics);
        }

        var listings = new List<string>();
        DynamicCompiler.Compile(program.Forms, listings);
        return string.Join("\n", listings);
    }

    private object? CallTyped(string name, object?[] args) => Call(name, args);

    private static TResult ConvertResult<TResult>(object? value) => HostValues.ToClr<TResult>(value);

    /// <summary>
    /// Binds, then compiles and runs form by form. Programs of the common forms are bound straight from
    /// their tokens (<see cref="DirectBinder"/>); the others take the steps of <see cref="SyntaxTree.Parse(SourceText)"/>
    /// and <see cref="Binder.BindProgram"/>, without the tree and program objects around the results and
    /// with one binder kept by the engine.
    /// </summary>
    private object? Execute(SourceText source, bool print)
    {
        if (!(_direct ??= new DirectBinder(_globals)).TryBind(source, out ImmutableArray<TopLevelForm> forms))
        {
            forms = ParseAndBind(source);
        }

        return Guard(new FormsToRun(this, forms, print), static state => state.Engine.RunForms(state.Forms, state.Print));
    }

    /// <summary>Parses and binds; syntax or binding errors throw <see cref="FluentCompilationException"/>.</summary>
    private ImmutableArray<TopLevelForm> ParseAndBind(SourceText source)
    {
        var parser = new Parser(source);
        ImmutableArray<ExprSyntax> syntax = parser.ParseForms();
        if (DiagnosticList.HasErrors(parser.Diagnostics))
        {
            throw new FluentCompilationException(parser.Diagnostics);
        }

        Binder binder = _binder ??= new Binder(_globals, _modules, source);
        ImmutableArray<TopLevelForm> forms = binder.BindFile(source, syntax);
        IReadOnlyList<Diagnostic> diagnostics = binder.Diagnostics;
        if (DiagnosticList.HasErrors(diagnostics))
        {
            throw new FluentCompilationException(diagnostics);
        }

        return forms;
    }

    private object? RunForms(ImmutableArray<TopLevelForm> forms, bool print)
    {
        object? last = null;
        if (Options.Mode == ExecutionMode.Dynamic)
        {
            return RunCompiled(forms, print);
        }

        if (Options.Mode == ExecutionMode.Tiered)
        {
            List<Promotable>? unit = null;
            foreach (TopLevelForm form in forms)
            {
                RegisterPromotable(form.Body, ref unit);
            }
        }

        foreach (TopLevelForm form in forms)
        {
            last = _vm.Run(_vm.Compile(form));
            Print(last, print);
        }

        return last;
    }

    /// <summary>
    /// Dynamic mode: compiles the unit's forms to IL and runs them in order, except straight-line forms
    /// (<see cref="StraightLineForm"/>), which run once on the VM: they need no compiled code.
    /// </summary>
    private object? RunCompiled(ImmutableArray<TopLevelForm> forms, bool print)
    {
        var onVm = new bool[forms.Length];
        var compiled = new List<TopLevelForm>(forms.Length);
        var elsewhere = new List<TopLevelForm>();
        for (int i = 0; i < forms.Length; i++)
        {
            onVm[i] = StraightLineForm.Is(forms[i].Body);
            (onVm[i] ? elsewhere : compiled).Add(forms[i]);
        }

        Closure0[] closures = compiled.Count == 0 ? [] : DynamicCompiler.Compile(compiled, elsewhere, Options.CodeHome);
        object? last = null;
        int next = 0;
        for (int i = 0; i < forms.Length; i++)
        {
            last = onVm[i] ? _vm.RunOnce(forms[i]) : closures[next++].Invoke();
            Print(last, print);
        }

        return last;
    }

    /// <summary>Tiered mode: remembers the functions a top-level form defines, so they can be compiled when hot.</summary>
    private void RegisterPromotable(BoundExpr body, ref List<Promotable>? unit)
    {
        switch (body)
        {
            case GlobalDefineExpr { Value: LambdaExpr lambda } define when lambda.Function.Captures.Count == 0:
                unit ??= [];
                var entry = new Promotable(define.Cell, lambda, unit);
                unit.Add(entry);
                _promotable[lambda.Function] = entry;
                break;
            case SequenceExpr sequence:
                foreach (BoundExpr item in sequence.Body)
                {
                    RegisterPromotable(item, ref unit);
                }

                break;
        }
    }

    /// <summary>
    /// The VM's tier-up hook: compiles a hot top-level function (or the top-level function a hot lambda
    /// is written in) to IL, together with the other functions its unit defined that still run on the
    /// VM (so calls among them, mutual tail calls included, are direct), and defines their globals to
    /// the compiled closures. IL recurses on
    /// the CLR stack, so compilation waits until code runs on a large-stack thread. Returns whether the
    /// VM should stop offering the function.
    /// </summary>
    private bool TryTierUp(VmClosure closure)
    {
        // A hot lambda promotes the top-level function it was written in: that function's next calls
        // create compiled closures for it.
        Promotable? hot = null;
        for (FunctionInfo? function = closure.Proto.Function; function is not null && hot is null; function = function.Parent)
        {
            hot = _promotable.GetValueOrDefault(function);
        }

        if (hot is null || hot.Cell.Value is not VmClosure defined || defined.Proto.Function != hot.Lambda.Function)
        {
            return true;
        }

        if (!LargeStack.IsCurrentThreadLarge)
        {
            _wantsTierUp = true;
            return false;
        }

        var forms = new List<TopLevelForm>();
        foreach (Promotable entry in hot.Unit)
        {
            if (entry.Cell.Value is VmClosure current && current.Proto.Function == entry.Lambda.Function
                && _promotable.Remove(entry.Lambda.Function))
            {
                forms.Add(new TopLevelForm(
                    new FunctionInfo("<tier-up>", null, entry.Lambda.Function.Source, entry.Lambda.Span),
                    new GlobalDefineExpr(entry.Lambda.Span, entry.Cell, entry.Lambda)));
            }
        }

        foreach (Closure0 define in DynamicCompiler.Compile(forms, Options.CodeHome))
        {
            define.Invoke();
        }

        _tieredUp = true;
        return true;
    }

    /// <summary>
    /// The state <see cref="Execute"/> passes to <see cref="Guard"/>: a struct of this assembly rather than a tuple, so
    /// Guard's code for it is precompiled (ReadyToRun); Guard over a ValueTuple of framework types is JIT-compiled at every start.
    /// </summary>
    private readonly struct FormsToRun(FluentEngine engine, ImmutableArray<TopLevelForm> forms, bool print)
    {
        public FluentEngine Engine { get; } = engine;

        public ImmutableArray<TopLevelForm> Forms { get; } = forms;

        public bool Print { get; } = print;
    }

    /// <summary>A function a unit defined at top level, which Tiered mode may compile to IL with its unit-mates.</summary>
    private sealed record Promotable(GlobalCell Cell, LambdaExpr Lambda, List<Promotable> Unit);

    private void Print(object? value, bool print)
    {
        if (print && value is not null)
        {
            Options.Output.WriteLine(Printer.Display(value));
        }
    }

    /// <summary>Runs with this engine's context current, turning FluentAI errors into <see cref="FluentRuntimeException"/>.</summary>
    /// <remarks>The state is passed through so callers can use static lambdas: no closure per call.</remarks>
    private object? Guard<TState>(TState state, Func<TState, object?> action)
    {
        if (RunsIL && !LargeStack.IsCurrentThreadLarge)
        {
            // IL code recurses on the CLR stack: give it a deep one.
            return LargeStack.Run(() => Guard(state, action));
        }

        FluentContext? saved = FluentContext.CurrentOrNull;
        FluentContext.CurrentOrNull = _context;
        try
        {
            return action(state);
        }
        catch (FluentException error)
        {
            throw HostError(error);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new FluentRuntimeException(ErrorTypes.StackOverflow, "Stack overflow: recursion too deep", null, []);
        }
        finally
        {
            FluentContext.CurrentOrNull = saved;
        }
    }

    /// <summary>A FluentAI error as the host sees it.</summary>
    private static FluentRuntimeException HostError(FluentException error) =>
        new(error.Error.Type, error.Error.Message, error.Position, error.FluentTrace);
}
