using System.Collections.Immutable;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Compiler.Binding;

public sealed partial class Binder
{
    /// <summary>Contracts may stand anywhere in the file, before or after their function: gather them first.</summary>
    private void CollectContracts(ImmutableArray<ExprSyntax> forms)
    {
        foreach (ExprSyntax form in forms)
        {
            switch (form)
            {
                case ContractSyntax contract:
                    _contracts ??= new Dictionary<string, List<ContractSyntax>>(StringComparer.Ordinal);
                    if (!_contracts.TryGetValue(contract.Function.Name, out List<ContractSyntax>? list))
                    {
                        _contracts[contract.Function.Name] = list = [];
                    }

                    list.Add(contract);
                    break;
                case DoSyntax block:
                    CollectContracts(block.Body);
                    break;
            }
        }
    }

    /// <summary>
    /// The body becomes: every :requires check, then <c>result</c> bound to the original body, then every
    /// :ensures check, then <c>result</c>. Called with the lambda's scope and function current.
    /// </summary>
    private BoundExpr WrapWithContracts(string name, List<ContractSyntax> contracts, BoundExpr body)
    {
        var checks = ImmutableArray.CreateBuilder<BoundExpr>();
        foreach (ContractSyntax contract in contracts)
        {
            foreach (ExprSyntax requirement in contract.Requires)
            {
                checks.Add(new ContractCheckExpr(requirement.Span, Bind(requirement), $"Precondition violation in {name}: {_source.ToString(requirement.Span)}"));
            }
        }

        if (!contracts.Any(c => c.Ensures.Length > 0))
        {
            checks.Add(body);
            return new SequenceExpr(body.Span, checks.ToImmutable());
        }

        PushScope();
        LocalVariable result = _function.AddLocal("result");
        _scopes.Add(result);
        var ensures = ImmutableArray.CreateBuilder<BoundExpr>();
        foreach (ContractSyntax contract in contracts)
        {
            foreach (ExprSyntax guarantee in contract.Ensures)
            {
                ensures.Add(new ContractCheckExpr(guarantee.Span, Bind(guarantee), $"Postcondition violation in {name}: {_source.ToString(guarantee.Span)}"));
            }
        }

        ensures.Add(new LocalLoadExpr(body.Span, result));
        PopScope();
        checks.Add(new LetExpr(body.Span, [new LetBinding(result, body)], new SequenceExpr(body.Span, ensures.ToImmutable())));
        return new SequenceExpr(body.Span, checks.ToImmutable());
    }
}
