using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>The root of every immutable syntax node; every node carries the span of its source text.</summary>
public abstract record SyntaxNode(TextSpan Span);
