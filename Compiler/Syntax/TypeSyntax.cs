using System.Collections.Immutable;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Syntax;

/// <summary>A type in an ascription or a constructor field: <c>Int</c>, <c>a</c>, <c>(List Int)</c>.</summary>
public sealed record TypeSyntax(TextSpan Span, string Name, ImmutableArray<TypeSyntax> Arguments) : SyntaxNode(Span)
{
    public override string ToString() =>
        Arguments.IsEmpty ? Name : $"({Name} {string.Join(' ', Arguments.Select(a => a.ToString()))})";
}
