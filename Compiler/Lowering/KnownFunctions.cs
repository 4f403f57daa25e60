using FluentAI.Compiler.Ir;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Lowering;

/// <summary>A top-level function of a compilation unit whose global is defined exactly once, by a lambda that captures nothing.</summary>
public sealed record KnownFunction(GlobalCell Cell, LambdaExpr Lambda)
{
    public FunctionInfo Function => Lambda.Function;
}

/// <summary>A data constructor of a compilation unit whose global is defined exactly once, by its <c>data</c> declaration.</summary>
public sealed record KnownConstructor(GlobalCell Cell, DataConstructor Constructor);

/// <summary>
/// Finds the functions of a compilation unit that calls may reach directly instead of through their
/// global: <c>(define (f ...) ...)</c> (or <c>(define f (lambda ...))</c>) at top level, with no other
/// definition of <c>f</c> in the unit and no captured variables. Backends still check, where the
/// unit's code is entered, that each such global holds the function (a later unit may redefine it).
/// Known functions of other units that this unit imports (their cells are this unit's aliases) may be
/// added: calls reach them directly too, but they are not this unit's to emit (<see cref="All"/>) or type.
/// </summary>
public sealed class KnownFunctions
{
    private readonly Dictionary<GlobalCell, KnownFunction> _byCell = [];
    private readonly Dictionary<FunctionInfo, KnownFunction> _byFunction = [];
    private readonly Dictionary<GlobalCell, KnownFunction> _imported = [];
    private readonly Dictionary<GlobalCell, KnownConstructor> _constructors = [];

    public static KnownFunctions Analyze(IEnumerable<TopLevelForm> forms) => Analyze(forms, [], []);

    /// <summary>
    /// Analyzes the unit's forms; <paramref name="imported"/> are known functions of units compiled before
    /// it, and <paramref name="runElsewhere"/> forms of the unit that run without being compiled with it
    /// (Dynamic mode runs straight-line forms on the VM): they count as definitions, and the data
    /// constructors they declare are known. So is a constructor of an earlier unit that this unit does not
    /// define, while its global holds it (typed code checks that again when it is entered).
    /// </summary>
    public static KnownFunctions Analyze(IEnumerable<TopLevelForm> forms, IEnumerable<KnownFunction> imported, IEnumerable<TopLevelForm> runElsewhere)
    {
        var counter = new DefinitionCounter();
        var candidates = new List<(GlobalCell Cell, LambdaExpr Lambda)>();
        var constructors = new List<KnownConstructor>();
        foreach (TopLevelForm form in forms)
        {
            counter.Visit(form.Body);
            CollectTopLevel(form.Body, candidates, constructors);
        }

        var ignored = new List<(GlobalCell Cell, LambdaExpr Lambda)>();
        foreach (TopLevelForm form in runElsewhere)
        {
            counter.Visit(form.Body);
            CollectTopLevel(form.Body, ignored, constructors);
        }

        var result = new KnownFunctions();
        foreach ((GlobalCell cell, LambdaExpr lambda) in candidates)
        {
            if (counter.Count(cell) == 1 && lambda.Function.Captures.Count == 0)
            {
                var known = new KnownFunction(cell, lambda);
                result._byCell[cell] = known;
                result._byFunction[lambda.Function] = known;
            }
        }

        foreach (KnownConstructor constructor in constructors)
        {
            if (counter.Count(constructor.Cell) == 1)
            {
                result._constructors[constructor.Cell] = constructor;
            }
        }

        foreach (GlobalCell cell in counter.Callees)
        {
            if (counter.Count(cell) == 0 && cell.IsDefined && cell.Value is DataConstructor earlier)
            {
                result._constructors[cell] = new KnownConstructor(cell, earlier);
            }
        }

        foreach (KnownFunction known in imported)
        {
            if (counter.Count(known.Cell) == 0 && !result._byCell.ContainsKey(known.Cell))
            {
                result._imported[known.Cell] = known; // this unit never defines the cell: it still holds the import unless another unit redefines it
            }
        }

        return result;
    }

    /// <summary>The unit's own known functions.</summary>
    public IReadOnlyCollection<KnownFunction> All => _byCell.Values;

    /// <summary>Whether <paramref name="function"/> belongs to another unit (an import).</summary>
    public bool IsImported(KnownFunction function) => _imported.ContainsKey(function.Cell);

    public KnownFunction? ForCell(GlobalCell cell) => _byCell.GetValueOrDefault(cell) ?? _imported.GetValueOrDefault(cell);

    public KnownFunction? ForFunction(FunctionInfo function) => _byFunction.GetValueOrDefault(function);

    /// <summary>The known function a call goes to when its callee is a known function's global.</summary>
    public KnownFunction? Callee(CallExpr call) => call.Callee is GlobalLoadExpr global ? ForCell(global.Cell) : null;

    /// <summary>
    /// The known constructor a call builds a value of, with as many arguments as its fields. Like a
    /// known function's, its global must be checked where typed code relies on it.
    /// </summary>
    public KnownConstructor? Constructor(CallExpr call) =>
        call.Callee is GlobalLoadExpr global && _constructors.TryGetValue(global.Cell, out KnownConstructor? constructor)
        && constructor.Constructor.Arity == call.Arguments.Length
            ? constructor
            : null;

    private static void CollectTopLevel(BoundExpr body, List<(GlobalCell, LambdaExpr)> candidates, List<KnownConstructor> constructors)
    {
        switch (body)
        {
            case GlobalDefineExpr { Value: LambdaExpr lambda } define:
                candidates.Add((define.Cell, lambda));
                break;
            case GlobalDefineExpr { Value: ConstantExpr { Value: DataConstructor constructor } } define:
                constructors.Add(new KnownConstructor(define.Cell, constructor));
                break;
            case SequenceExpr sequence:
                foreach (BoundExpr item in sequence.Body)
                {
                    CollectTopLevel(item, candidates, constructors);
                }

                break;
        }
    }

    private sealed class DefinitionCounter : IrWalker
    {
        private readonly Dictionary<GlobalCell, int> _counts = [];

        /// <summary>The globals the unit calls.</summary>
        public HashSet<GlobalCell> Callees { get; } = [];

        public int Count(GlobalCell cell) => _counts.TryGetValue(cell, out int count) ? count : 0;

        public override void Visit(BoundExpr expr)
        {
            switch (expr)
            {
                case GlobalDefineExpr define:
                    _counts[define.Cell] = Count(define.Cell) + 1;
                    break;
                case GlobalExportExpr export:
                    _counts[export.Cell] = Count(export.Cell) + 1;
                    break;
                case CallExpr { Callee: GlobalLoadExpr callee }:
                    Callees.Add(callee.Cell);
                    break;
            }

            base.Visit(expr);
        }
    }
}
