using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>
/// One token with its span. <see cref="Value"/> is the literal value (long or BigInteger, double, decoded
/// string, bool), the symbol's name for a symbol, and null otherwise.
/// </summary>
public readonly record struct SyntaxToken(SyntaxKind Kind, TextSpan Span, object? Value);
