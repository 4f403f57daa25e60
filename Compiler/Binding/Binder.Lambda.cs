using System.Collections.Immutable;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Compiler.Binding;

public sealed partial class Binder
{
    private LambdaExpr BindLambda(LambdaSyntax lambda, string name)
    {
        FunctionInfo outerFunction = _function;
        var function = new FunctionInfo(name, outerFunction, _source, lambda.Span);
        _function = function;
        _scopes.Push(function);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parameters = ImmutableArray.CreateBuilder<LocalVariable>(lambda.Parameters.Length);
        foreach (SymbolSyntax parameter in lambda.Parameters)
        {
            if (!seen.Add(parameter.Name))
            {
                Report(DiagnosticCode.DuplicateParameter, parameter.Span, $"Parameter {parameter.Name} is declared twice");
            }

            LocalVariable variable = function.AddParameter(parameter.Name);
            _scopes.Add(variable);
            parameters.Add(variable);
        }

        BoundExpr body = Bind(lambda.Body);
        if (_contracts is not null && _contracts.TryGetValue(name, out List<ContractSyntax>? contracts) && name != "lambda")
        {
            body = WrapWithContracts(name, contracts, body);
        }

        _function = outerFunction;
        _scopes.Pop();
        return new LambdaExpr(lambda.Span, function, body);
    }
}
