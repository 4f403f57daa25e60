using System.Collections.Immutable;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Compiler.Binding;

public sealed partial class Binder
{
    private MatchExpr BindMatch(MatchSyntax match)
    {
        BoundExpr scrutinee = Bind(match.Scrutinee);
        LocalVariable temp = _function.AddLocal("$match");
        var clauses = ImmutableArray.CreateBuilder<MatchClause>(match.Clauses.Length);
        foreach (MatchClauseSyntax clause in match.Clauses)
        {
            PushScope();
            BoundPattern pattern = BindPattern(clause.Pattern);
            BoundExpr body = Bind(clause.Body);
            PopScope();
            clauses.Add(new MatchClause(pattern, body));
        }

        return new MatchExpr(match.Span, scrutinee, temp, clauses.MoveToImmutable());
    }

    private BoundPattern BindPattern(PatternSyntax pattern)
    {
        switch (pattern)
        {
            case WildcardPatternSyntax wildcard:
                return new WildcardPattern(wildcard.Span);
            case VariablePatternSyntax variable:
                LocalVariable local = _function.AddLocal(variable.Name);
                _scopes.Add(local);
                return new VariablePattern(variable.Span, local);
            case LiteralPatternSyntax literal:
                object value = literal.Value switch
                {
                    long or System.Numerics.BigInteger => Constants.Integer(literal.Value),
                    bool b => Constants.Bool(b),
                    _ => literal.Value,
                };
                return new LiteralPattern(literal.Span, value);
            case ConstructorPatternSyntax ctor:
            {
                var args = ctor.Arguments.Select(BindPattern).ToImmutableArray();
                var temps = args.Select(_ => _function.AddLocal("$field")).ToImmutableArray();
                return new ConstructorPattern(ctor.Span, string.Intern(ctor.Name), args, temps); // interned: matching compares names by reference
            }

            case ListPatternSyntax list:
            {
                var items = list.Items.Select(BindPattern).ToImmutableArray();
                var temps = items.Select(_ => _function.AddLocal("$item")).ToImmutableArray();
                BoundPattern? rest = list.Rest is null ? null : BindPattern(list.Rest);
                LocalVariable? restTemp = rest is null ? null : _function.AddLocal("$rest");
                return new ListPattern(list.Span, items, temps, rest, restTemp);
            }

            default:
                throw new InvalidOperationException($"unexpected pattern {pattern.GetType().Name}");
        }
    }
}
