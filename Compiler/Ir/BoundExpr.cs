using System.Collections.Immutable;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Ir;

/// <summary>
/// The lowered IR every backend consumes: names are resolved to locals, captures or global cells;
/// special forms are explicit nodes. Tail position is decided by the backends from context.
/// </summary>
public abstract record BoundExpr(TextSpan Span);

public sealed record ConstantExpr(TextSpan Span, object? Value) : BoundExpr(Span);

/// <summary>Reads a local of the current function or, when <see cref="LocalVariable.Owner"/> is an outer function, a captured one.</summary>
public sealed record LocalLoadExpr(TextSpan Span, LocalVariable Variable) : BoundExpr(Span);

public sealed record GlobalLoadExpr(TextSpan Span, GlobalCell Cell) : BoundExpr(Span);

/// <summary><c>define</c>: stores into the cell; value nil.</summary>
public sealed record GlobalDefineExpr(TextSpan Span, GlobalCell Cell, BoundExpr Value) : BoundExpr(Span);

/// <summary>Stores a value into a global cell and yields the value (exports of module-level <c>let</c> bindings).</summary>
public sealed record GlobalExportExpr(TextSpan Span, GlobalCell Cell, LocalVariable Variable) : BoundExpr(Span);

public sealed record ListExpr(TextSpan Span, ImmutableArray<BoundExpr> Items) : BoundExpr(Span);

public sealed record CallExpr(TextSpan Span, BoundExpr Callee, ImmutableArray<BoundExpr> Arguments) : BoundExpr(Span);

/// <summary>A call of a builtin operator known at bind time (<c>+ - * &lt; ...</c>); backends use a fast path while the cell still holds that builtin.</summary>
public sealed record PrimitiveCallExpr(TextSpan Span, PrimitiveOp Op, GlobalCell Cell, BoundExpr Left, BoundExpr Right) : BoundExpr(Span);

public sealed record LambdaExpr(TextSpan Span, FunctionInfo Function, BoundExpr Body) : BoundExpr(Span);

public sealed record LetBinding(LocalVariable Variable, BoundExpr Value);

/// <summary>letrec*: cells of captured bindings exist before the first initializer runs.</summary>
public sealed record LetExpr(TextSpan Span, ImmutableArray<LetBinding> Bindings, BoundExpr Body) : BoundExpr(Span);

public sealed record IfExpr(TextSpan Span, BoundExpr Condition, BoundExpr Then, BoundExpr Else) : BoundExpr(Span);

/// <summary>In order; the value of the last, nil when empty.</summary>
public sealed record SequenceExpr(TextSpan Span, ImmutableArray<BoundExpr> Body) : BoundExpr(Span);

public sealed record AndExpr(TextSpan Span, ImmutableArray<BoundExpr> Operands) : BoundExpr(Span);

public sealed record OrExpr(TextSpan Span, ImmutableArray<BoundExpr> Operands) : BoundExpr(Span);

public sealed record MatchClause(BoundPattern Pattern, BoundExpr Body);

/// <summary>The scrutinee is stored in <see cref="Temp"/>; clauses are tried in order; none matching raises no-match.</summary>
public sealed record MatchExpr(TextSpan Span, BoundExpr Scrutinee, LocalVariable Temp, ImmutableArray<MatchClause> Clauses) : BoundExpr(Span);

public sealed record HandlerEntry(string Operation, BoundExpr Handler);

public sealed record HandlerExpr(TextSpan Span, ImmutableArray<HandlerEntry> Entries, BoundExpr Body) : BoundExpr(Span);

/// <summary>Runs a module's top-level forms the first time it is imported in a program; value nil.</summary>
public sealed record ImportExpr(TextSpan Span, ModuleInfo Module) : BoundExpr(Span);

/// <summary>A contract check: raises contract-violation with <see cref="Message"/> when the condition is false.</summary>
public sealed record ContractCheckExpr(TextSpan Span, BoundExpr Condition, string Message) : BoundExpr(Span);
