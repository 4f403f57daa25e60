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
        ImmutableArray<SymbolSyntax> parameters = lambda.Parameters;
        for (int p = 0; p < parameters.Length; p++)
        {
            SymbolSyntax parameter = parameters[p];
            if (IsDeclaredBefore(parameters, p))
            {
                Report(DiagnosticCode.DuplicateParameter, parameter.Span, $"Parameter {parameter.Name} is declared twice");
            }

            _scopes.Add(function.AddParameter(parameter.Name));
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

    /// <summary>Whether parameter <paramref name="index"/> repeats an earlier name (a loop: parameter lists are short).</summary>
    private static bool IsDeclaredBefore(ImmutableArray<SymbolSyntax> parameters, int index)
    {
        for (int q = 0; q < index; q++)
        {
            if (string.Equals(parameters[q].Name, parameters[index].Name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
