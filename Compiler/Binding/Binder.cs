using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Binding;

/// <summary>
/// Turns syntax into IR: resolves every name to a local, a capture or a late-bound global cell,
/// lowers each special form (one file per family: Binder.*.cs), attaches contracts, loads modules.
/// <see cref="DirectBinder"/> lowers the common forms the same way straight from tokens: keep the two in
/// step (DirectBinderTests compare their IR).
/// </summary>
public sealed partial class Binder
{
    private readonly GlobalTable _globals;
    private readonly ModuleLoader _modules;
    private SourceText _source; // per file: an engine's binder is reused (BindFile)
    private DiagnosticBag? _diagnostics; // created by the first diagnostic
    private Dictionary<string, List<ContractSyntax>>? _contracts; // created by the first contract
    private FunctionInfo _function = null!;
    private readonly ScopeStack _scopes = new();

    internal Binder(GlobalTable globals, ModuleLoader modules, SourceText source)
    {
        _globals = globals;
        _modules = modules;
        _source = source;
    }

    /// <summary>Binds a parsed file against the given globals. Syntax diagnostics stop binding.</summary>
    public static BoundProgram BindProgram(SyntaxTree tree, GlobalTable globals, ModuleLoader modules)
    {
        if (tree.HasErrors)
        {
            return new BoundProgram([], tree.Diagnostics);
        }

        var binder = new Binder(globals, modules, tree.Source);
        ImmutableArray<TopLevelForm> forms = binder.BindTopLevel(tree.Root.Forms, module: null);
        return new BoundProgram(forms, binder.Diagnostics);
    }

    /// <summary>
    /// Binds a parsed file on a binder that an engine keeps across programs: the state of the previous
    /// file is dropped first. The diagnostics are in <see cref="Diagnostics"/> until the next file.
    /// </summary>
    internal ImmutableArray<TopLevelForm> BindFile(SourceText source, ImmutableArray<ExprSyntax> forms)
    {
        _source = source;
        _diagnostics = null;
        _contracts = null;
        try
        {
            return BindTopLevel(forms, module: null);
        }
        finally
        {
            // Keep no part of this program alive until the next one.
            _function = null!;
            _scopes.Clear();
            _contracts = null;
        }
    }

    internal IReadOnlyList<Diagnostic> Diagnostics => _diagnostics?.Items ?? [];

    private DiagnosticBag Bag => _diagnostics ??= new DiagnosticBag();

    internal ImmutableArray<TopLevelForm> BindTopLevel(ImmutableArray<ExprSyntax> forms, ModuleSyntax? module)
    {
        CollectContracts(forms);
        if (forms.Length == 1 && forms[0] is ModuleSyntax main && module is null)
        {
            // A file whose only form is a module runs as a program: its forms are the top-level forms.
            CollectContracts(main.Forms);
            return BindForms(main.Forms, main);
        }

        foreach (ExprSyntax form in forms)
        {
            if (form is ModuleSyntax nested && forms.Length > 1)
            {
                Report(DiagnosticCode.ModuleNotOnlyForm, nested.Span, "A module must be the only top-level form of its file");
            }
        }

        return BindForms(forms, module);
    }

    private ImmutableArray<TopLevelForm> BindForms(ImmutableArray<ExprSyntax> forms, ModuleSyntax? module)
    {
        var result = new TopLevelForm[forms.Length];
        HashSet<string>? exports = module is null ? null : [.. module.Exports.Select(e => e.Name)];
        for (int i = 0; i < forms.Length; i++)
        {
            ExprSyntax form = forms[i];
            _function = new FunctionInfo("<top>", null, _source, form.Span);
            _scopes.Clear();
            BoundExpr body = form is LetSyntax let && exports is not null
                ? BindLet(let, exports)
                : BindTopLevelForm(form);
            result[i] = new TopLevelForm(_function, body);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private BoundExpr BindTopLevelForm(ExprSyntax form) => form switch
    {
        DefineSyntax define => BindDefine(define),
        DoSyntax block => new SequenceExpr(block.Span, [.. block.Body.Select(BindTopLevelForm)]),
        ModuleSyntax module => BindInlineModule(module),
        _ => Bind(form),
    };

    private BoundExpr Bind(ExprSyntax syntax) => syntax switch
    {
        IntegerLiteralSyntax literal => new ConstantExpr(literal.Span, Constants.Integer(literal.Value)),
        FloatLiteralSyntax literal => new ConstantExpr(literal.Span, literal.Value),
        StringLiteralSyntax literal => new ConstantExpr(literal.Span, literal.Value),
        BoolLiteralSyntax literal => new ConstantExpr(literal.Span, Constants.Bool(literal.Value)),
        SymbolSyntax symbol => BindName(symbol),
        ListLiteralSyntax list => new ListExpr(list.Span, BindAll(list.Items)),
        CallSyntax call => BindCall(call),
        LambdaSyntax lambda => BindLambda(lambda, "lambda"),
        LetSyntax let => BindLet(let, exports: null),
        DefineSyntax define => ReportDefineNotAtTopLevel(define),
        IfSyntax @if => new IfExpr(@if.Span, Bind(@if.Condition), Bind(@if.Then), Bind(@if.Else)),
        DoSyntax block => new SequenceExpr(block.Span, BindAll(block.Body)),
        AndSyntax and => new AndExpr(and.Span, BindAll(and.Operands)),
        OrSyntax or => new OrExpr(or.Span, BindAll(or.Operands)),
        MatchSyntax match => BindMatch(match),
        DataSyntax data => BindData(data),
        HandlerSyntax handler => BindHandler(handler),
        EffectSyntax effect => BindEffect(effect),
        ModuleSyntax module => BindInlineModule(module),
        ImportSyntax import => BindImport(import),
        ExportSyntax export => new ConstantExpr(export.Span, null),
        ContractSyntax contract => new ConstantExpr(contract.Span, null),
        AscriptionSyntax ascription => Bind(ascription.Expression),
        _ => throw new InvalidOperationException($"unexpected syntax {syntax.GetType().Name}"),
    };

    /// <summary>Binds each form in order into an exactly sized array (no LINQ iterator or delegate per call).</summary>
    private ImmutableArray<BoundExpr> BindAll(ImmutableArray<ExprSyntax> forms)
    {
        if (forms.IsEmpty)
        {
            return [];
        }

        var bound = new BoundExpr[forms.Length];
        for (int i = 0; i < bound.Length; i++)
        {
            bound[i] = Bind(forms[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(bound);
    }

    private BoundExpr BindName(SymbolSyntax symbol)
    {
        LocalVariable? local = _scopes.Lookup(symbol.Name, _function);
        if (local is not null)
        {
            if (local.Owner != _function)
            {
                _function.CaptureIndex(local);
            }

            return new LocalLoadExpr(symbol.Span, local);
        }

        return new GlobalLoadExpr(symbol.Span, _globals.Get(symbol.Name));
    }

    private BoundExpr BindCall(CallSyntax call)
    {
        if (call.Callee is SymbolSyntax symbol && call.Arguments.Length == 2
            && TryGetPrimitive(symbol.Name, out PrimitiveOp op)
            && _scopes.Lookup(symbol.Name, _function) is null)
        {
            return new PrimitiveCallExpr(call.Span, op, _globals.Get(symbol.Name), Bind(call.Arguments[0]), Bind(call.Arguments[1]));
        }

        return new CallExpr(call.Span, Bind(call.Callee), BindAll(call.Arguments));
    }

    /// <summary>The builtin operators with a backend fast path (a switch: cheaper than a dictionary lookup per call).</summary>
    internal static bool TryGetPrimitive(string name, out PrimitiveOp op)
    {
        PrimitiveOp? found = name switch
        {
            "+" => PrimitiveOp.Add,
            "-" => PrimitiveOp.Subtract,
            "*" => PrimitiveOp.Multiply,
            "<" => PrimitiveOp.Less,
            ">" => PrimitiveOp.Greater,
            "<=" => PrimitiveOp.LessEqual,
            ">=" => PrimitiveOp.GreaterEqual,
            "==" or "=" => PrimitiveOp.Equal,
            "!=" or "not=" => PrimitiveOp.NotEqual,
            _ => null,
        };
        op = found.GetValueOrDefault();
        return found.HasValue;
    }

    private BoundExpr BindEffect(EffectSyntax effect) =>
        new CallExpr(effect.Span, BindName(effect.Operation), BindAll(effect.Arguments));

    private BoundExpr BindDefine(DefineSyntax define)
    {
        GlobalCell cell = _globals.Get(define.Name.Name);
        BoundExpr value = define.Value is LambdaSyntax lambda
            ? BindLambda(lambda, define.Name.Name)
            : Bind(define.Value);
        return new GlobalDefineExpr(define.Span, cell, value);
    }

    private ConstantExpr ReportDefineNotAtTopLevel(DefineSyntax define)
    {
        Report(DiagnosticCode.DefineNotAtTopLevel, define.Span, "define is allowed only at top level or module level");
        return new ConstantExpr(define.Span, null);
    }

    private BoundExpr BindHandler(HandlerSyntax handler)
    {
        var entries = handler.Entries.Select(e => new HandlerEntry(e.Operation.Name, Bind(e.Handler))).ToImmutableArray();
        return new HandlerExpr(handler.Span, entries, Bind(handler.Body));
    }

    private BoundExpr BindData(DataSyntax data)
    {
        var defines = ImmutableArray.CreateBuilder<BoundExpr>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ConstructorSyntax ctor in data.Constructors)
        {
            if (!seen.Add(ctor.Name.Name))
            {
                Report(DiagnosticCode.DuplicateConstructor, ctor.Name.Span, $"Constructor {ctor.Name.Name} is declared twice");
            }

            var value = new Runtime.Values.DataConstructor(ctor.Name.Name, ctor.Fields.Length);
            defines.Add(new GlobalDefineExpr(ctor.Span, _globals.Get(ctor.Name.Name), new ConstantExpr(ctor.Span, value)));
        }

        defines.Add(new ConstantExpr(data.Span, null));
        return new SequenceExpr(data.Span, defines.ToImmutable());
    }

    private void PushScope() => _scopes.Push(_function);

    private void PopScope() => _scopes.Pop();

    private void Report(DiagnosticCode code, TextSpan span, string message) => Bag.Report(code, _source, span, message);
}
