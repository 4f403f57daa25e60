using System.Collections.Immutable;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>Any expression or top-level form. Special forms are recognized in head position only.</summary>
public abstract record ExprSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>An integer literal; <see cref="Value"/> is a <see cref="long"/> when it fits, else a <see cref="BigInteger"/>.</summary>
public sealed record IntegerLiteralSyntax(TextSpan Span, object Value) : ExprSyntax(Span);

public sealed record FloatLiteralSyntax(TextSpan Span, double Value) : ExprSyntax(Span);

/// <summary>A string literal with escapes already decoded.</summary>
public sealed record StringLiteralSyntax(TextSpan Span, string Value) : ExprSyntax(Span);

public sealed record BoolLiteralSyntax(TextSpan Span, bool Value) : ExprSyntax(Span);

public sealed record SymbolSyntax(TextSpan Span, string Name) : ExprSyntax(Span);

/// <summary><c>[e ...]</c>, and also <c>()</c> (the empty list).</summary>
public sealed record ListLiteralSyntax(TextSpan Span, ImmutableArray<ExprSyntax> Items) : ExprSyntax(Span);

/// <summary><c>(f a ...)</c> where the head is not a special-form keyword.</summary>
public sealed record CallSyntax(TextSpan Span, ExprSyntax Callee, ImmutableArray<ExprSyntax> Arguments) : ExprSyntax(Span);

/// <summary><c>(lambda (p ...) body)</c>.</summary>
public sealed record LambdaSyntax(TextSpan Span, ImmutableArray<SymbolSyntax> Parameters, ExprSyntax Body) : ExprSyntax(Span);

public sealed record LetBindingSyntax(TextSpan Span, SymbolSyntax Name, ExprSyntax Value) : SyntaxNode(Span);

/// <summary><c>(let ((n e) ...) body)</c> and <c>(letrec ...)</c>: both letrec*, see LANGUAGE.md §4.</summary>
public sealed record LetSyntax(TextSpan Span, bool IsLetrec, ImmutableArray<LetBindingSyntax> Bindings, ExprSyntax Body) : ExprSyntax(Span);

/// <summary>
/// <c>(define name e)</c>; <c>(define (f p ...) body)</c> is parsed as a define whose value is a
/// <see cref="LambdaSyntax"/> (span: the whole define form) with <see cref="IsFunctionForm"/> set.
/// </summary>
public sealed record DefineSyntax(TextSpan Span, SymbolSyntax Name, ExprSyntax Value, bool IsFunctionForm) : ExprSyntax(Span);

public sealed record IfSyntax(TextSpan Span, ExprSyntax Condition, ExprSyntax Then, ExprSyntax Else) : ExprSyntax(Span);

public sealed record DoSyntax(TextSpan Span, ImmutableArray<ExprSyntax> Body) : ExprSyntax(Span);

public sealed record AndSyntax(TextSpan Span, ImmutableArray<ExprSyntax> Operands) : ExprSyntax(Span);

public sealed record OrSyntax(TextSpan Span, ImmutableArray<ExprSyntax> Operands) : ExprSyntax(Span);

public sealed record MatchClauseSyntax(TextSpan Span, PatternSyntax Pattern, ExprSyntax Body) : SyntaxNode(Span);

public sealed record MatchSyntax(TextSpan Span, ExprSyntax Scrutinee, ImmutableArray<MatchClauseSyntax> Clauses) : ExprSyntax(Span);

/// <summary>One constructor of a <c>data</c> form: <c>(Some a)</c>; field types are documentation.</summary>
public sealed record ConstructorSyntax(TextSpan Span, SymbolSyntax Name, ImmutableArray<TypeSyntax> Fields) : SyntaxNode(Span);

/// <summary><c>(data T tv ... (Ctor ftype ...) ...)</c>.</summary>
public sealed record DataSyntax(TextSpan Span, SymbolSyntax TypeName, ImmutableArray<SymbolSyntax> TypeVariables, ImmutableArray<ConstructorSyntax> Constructors) : ExprSyntax(Span);

/// <summary>One entry of a handler form: <c>(io:print h)</c> for one operation or <c>(state h)</c> for a whole kind.</summary>
public sealed record HandlerEntrySyntax(TextSpan Span, SymbolSyntax Operation, ExprSyntax Handler) : SyntaxNode(Span);

public sealed record HandlerSyntax(TextSpan Span, ImmutableArray<HandlerEntrySyntax> Entries, ExprSyntax Body) : ExprSyntax(Span);

/// <summary><c>(effect kind:op arg ...)</c>: the same as calling <c>kind:op</c>.</summary>
public sealed record EffectSyntax(TextSpan Span, SymbolSyntax Operation, ImmutableArray<ExprSyntax> Arguments) : ExprSyntax(Span);

/// <summary><c>(module name (export n ...) form ...)</c>.</summary>
public sealed record ModuleSyntax(TextSpan Span, SymbolSyntax Name, ImmutableArray<SymbolSyntax> Exports, ImmutableArray<ExprSyntax> Forms) : ExprSyntax(Span);

/// <summary>One imported name, <c>n</c> or <c>(n as m)</c> / <c>n as m</c>.</summary>
public sealed record ImportItemSyntax(TextSpan Span, SymbolSyntax Name, SymbolSyntax? Alias) : SyntaxNode(Span)
{
    public string LocalName => (Alias ?? Name).Name;
}

/// <summary><c>(import "path" (n ...))</c> or <c>(import "path" *)</c> (<see cref="IsWildcard"/>).</summary>
public sealed record ImportSyntax(TextSpan Span, StringLiteralSyntax Path, bool IsWildcard, ImmutableArray<ImportItemSyntax> Items) : ExprSyntax(Span);

/// <summary>A standalone <c>(export n ...)</c> form.</summary>
public sealed record ExportSyntax(TextSpan Span, ImmutableArray<SymbolSyntax> Names) : ExprSyntax(Span);

/// <summary><c>(spec:contract f :requires [e ...] :ensures [e ...])</c>; either clause may be absent.</summary>
public sealed record ContractSyntax(TextSpan Span, SymbolSyntax Function, ImmutableArray<ExprSyntax> Requires, ImmutableArray<ExprSyntax> Ensures) : ExprSyntax(Span);

/// <summary><c>(: e Type)</c>.</summary>
public sealed record AscriptionSyntax(TextSpan Span, ExprSyntax Expression, TypeSyntax Type) : ExprSyntax(Span);

/// <summary>Stands where the parser recovered from an error; a tree with diagnostics is never bound.</summary>
public sealed record ErrorExprSyntax(TextSpan Span) : ExprSyntax(Span);

