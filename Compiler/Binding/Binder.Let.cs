using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Compiler.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// let and letrec are letrec*: one scope; initializer i sees bindings 0..i-1 directly and every
    /// binding from inside a lambda. At module level, exported bindings are also stored into the
    /// module's global cells once all initializers have run.
    /// </summary>
    private BoundExpr BindLet(LetSyntax let, HashSet<string>? exports)
    {
        PushScope();
        var variables = new LocalVariable[let.Bindings.Length];
        for (int i = 0; i < let.Bindings.Length; i++)
        {
            variables[i] = _function.AddLocal(let.Bindings[i].Name.Name);
            _scopes.Add(variables[i]);
        }

        var bindings = new LetBinding[let.Bindings.Length];
        for (int i = 0; i < let.Bindings.Length; i++)
        {
            _scopes.SetDirectLimit(i);
            LetBindingSyntax binding = let.Bindings[i];
            BoundExpr value = binding.Value is LambdaSyntax lambda
                ? BindLambda(lambda, binding.Name.Name)
                : Bind(binding.Value);
            bindings[i] = new LetBinding(variables[i], value);
        }

        _scopes.SetDirectLimit(int.MaxValue);
        BoundExpr body = Bind(let.Body);
        if (exports is not null)
        {
            var stores = ImmutableArray.CreateBuilder<BoundExpr>();
            foreach (LocalVariable variable in variables.Where(v => exports.Contains(v.Name)))
            {
                stores.Add(new GlobalExportExpr(let.Span, _globals.Get(variable.Name), variable));
            }

            stores.Add(body);
            body = new SequenceExpr(let.Body.Span, stores.ToImmutable());
        }

        PopScope();
        return new LetExpr(let.Span, ImmutableCollectionsMarshal.AsImmutableArray(bindings), body);
    }
}
