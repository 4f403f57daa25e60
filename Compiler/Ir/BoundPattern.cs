using System.Collections.Immutable;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Ir;

/// <summary>A pattern with its variables resolved to locals of the enclosing function.</summary>
public abstract record BoundPattern(TextSpan Span);

public sealed record WildcardPattern(TextSpan Span) : BoundPattern(Span);

public sealed record VariablePattern(TextSpan Span, LocalVariable Variable) : BoundPattern(Span);

public sealed record LiteralPattern(TextSpan Span, object Value) : BoundPattern(Span);

/// <summary>Matches a data value of the constructor (or a tuple headed by its name); each field goes to a temporary.</summary>
public sealed record ConstructorPattern(TextSpan Span, string Name, ImmutableArray<BoundPattern> Arguments, ImmutableArray<LocalVariable> Temps) : BoundPattern(Span);

/// <summary>Exactly <c>Items.Length</c> elements, or at least that many when <see cref="Rest"/> is present.</summary>
public sealed record ListPattern(TextSpan Span, ImmutableArray<BoundPattern> Items, ImmutableArray<LocalVariable> Temps, BoundPattern? Rest, LocalVariable? RestTemp) : BoundPattern(Span);
