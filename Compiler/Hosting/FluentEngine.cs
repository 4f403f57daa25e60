using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using FluentAI.Compiler.Binding;
using FluentAI.Compiler.Diagnostics;
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
public sealed class FluentEngine
{
    private static readonly MethodInfo CallTypedMethod = typeof(FluentEngine).GetMethod(nameof(CallTyped), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo ConvertResultMethod = typeof(FluentEngine).GetMethod(nameof(ConvertResult), BindingFlags.NonPublic | BindingFlags.Static)!;
    private readonly GlobalTable _globals = new();
    private readonly ModuleLoader _modules = new();
    private readonly FluentContext _context;
    private readonly VirtualMachine _vm;
    private DirectBinder? _direct; // both created on first use, then reused by every Eval
    private Binder? _binder;

    public FluentEngine(FluentEngineOptions? options = null)
    {
        Options = options ?? new FluentEngineOptions();
        _context = new FluentContext(Options.Output, Options.Input);
        _vm = new VirtualMachine(Options.MaxCallDepth, _context);
    }

    public FluentEngineOptions Options { get; }

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
        return Guard((function, normalized), static state => state.function.Invoke(state.normalized));
    }

    /// <summary>A typed delegate over a global function, e.g. <c>GetFunction&lt;Func&lt;long, long&gt;&gt;("fib")</c>.</summary>
    public T GetFunction<T>(string name) where T : Delegate
    {
        MethodInfo invoke = typeof(T).GetMethod("Invoke")!;
        ParameterExpression[] parameters = [.. invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name))];
        Expression call = Expression.Call(
            Expression.Constant(this),
            CallTypedMethod,
            Expression.Constant(name),
            Expression.NewArrayInit(typeof(object), parameters.Select(p => Expression.Convert(p, typeof(object)))));
        Expression body = invoke.ReturnType == typeof(void)
            ? call
            : Expression.Call(ConvertResultMethod.MakeGenericMethod(invoke.ReturnType), call);
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

        return Guard((engine: this, forms, print), static state => state.engine.RunForms(state.forms, state.print));
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
        foreach (TopLevelForm form in forms)
        {
            last = _vm.Run(_vm.Compile(form));
            if (print && last is not null)
            {
                Options.Output.WriteLine(Printer.Display(last));
            }
        }

        return last;
    }

    /// <summary>Runs with this engine's context current, turning FluentAI errors into <see cref="FluentRuntimeException"/>.</summary>
    /// <remarks>The state is passed through so callers can use static lambdas: no closure per call.</remarks>
    private object? Guard<TState>(TState state, Func<TState, object?> action)
    {
        FluentContext? saved = FluentContext.CurrentOrNull;
        FluentContext.CurrentOrNull = _context;
        try
        {
            return action(state);
        }
        catch (FluentException error)
        {
            throw new FluentRuntimeException(error.Error.Type, error.Error.Message, error.Position, error.FluentTrace);
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
}
