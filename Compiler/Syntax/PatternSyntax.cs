using System.Collections.Immutable;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>A pattern of a <c>match</c> clause (LANGUAGE.md §6).</summary>
public abstract record PatternSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>_</c>.</summary>
public sealed record WildcardPatternSyntax(TextSpan Span) : PatternSyntax(Span);

/// <summary>A lowercase-initial symbol: matches anything and binds it.</summary>
public sealed record VariablePatternSyntax(TextSpan Span, string Name) : PatternSyntax(Span);

/// <summary>An integer (long or BigInteger), float, string or boolean: matches an equal value.</summary>
public sealed record LiteralPatternSyntax(TextSpan Span, object Value) : PatternSyntax(Span);

/// <summary><c>(Ctor p ...)</c>, or a bare uppercase <c>Ctor</c> (no arguments).</summary>
public sealed record ConstructorPatternSyntax(TextSpan Span, string Name, ImmutableArray<PatternSyntax> Arguments) : PatternSyntax(Span);

/// <summary><c>[p1 ... pk]</c>, or with a rest: <c>[p1 ... pk ... rest]</c> / <c>...rest</c>.</summary>
public sealed record ListPatternSyntax(TextSpan Span, ImmutableArray<PatternSyntax> Items, PatternSyntax? Rest) : PatternSyntax(Span);
