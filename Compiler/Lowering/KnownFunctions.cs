using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Lowering;

/// <summary>A top-level function of a compilation unit whose global is defined exactly once, by a lambda that captures nothing.</summary>
public sealed record KnownFunction(GlobalCell Cell, LambdaExpr Lambda)
{
    public FunctionInfo Function => Lambda.Function;
}

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

    public static KnownFunctions Analyze(IEnumerable<TopLevelForm> forms) => Analyze(forms, []);

    /// <summary>Analyzes the unit's forms; <paramref name="imported"/> are known functions of units compiled before it.</summary>
    public static KnownFunctions Analyze(IEnumerable<TopLevelForm> forms, IEnumerable<KnownFunction> imported)
    {
        var counter = new DefinitionCounter();
        var candidates = new List<(GlobalCell Cell, LambdaExpr Lambda)>();
        foreach (TopLevelForm form in forms)
        {
            counter.Visit(form.Body);
            CollectTopLevel(form.Body, candidates);
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

    private static void CollectTopLevel(BoundExpr body, List<(GlobalCell, LambdaExpr)> candidates)
    {
        switch (body)
        {
            case GlobalDefineExpr { Value: LambdaExpr lambda } define:
                candidates.Add((define.Cell, lambda));
                break;
            case SequenceExpr sequence:
                foreach (BoundExpr item in sequence.Body)
                {
                    CollectTopLevel(item, candidates);
                }

                break;
        }
    }

    private sealed class DefinitionCounter : IrWalker
    {
        private readonly Dictionary<GlobalCell, int> _counts = [];

        public int Count(GlobalCell cell) => _counts.GetValueOrDefault(cell);

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
            }

            base.Visit(expr);
        }
    }
}
