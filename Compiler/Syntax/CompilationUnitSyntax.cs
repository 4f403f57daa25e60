using System.Collections.Immutable;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>A whole source file: its top-level forms in order.</summary>
public sealed record CompilationUnitSyntax(TextSpan Span, SourceText Source, ImmutableArray<ExprSyntax> Forms) : SyntaxNode(Span);
