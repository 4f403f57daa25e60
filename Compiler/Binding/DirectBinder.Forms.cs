using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;

namespace FluentAI.Compiler.Binding;

// The special forms. Each first checks the shape the parser requires (any other shape is a syntax
// error: null, and the engine takes the usual path), then binds as Binder.*.cs does.
internal sealed partial class DirectBinder
{
    /// <summary>
    /// <c>(lambda (p ...) body)</c> at <paramref name="i"/>, as a function named <paramref name="name"/>
    /// (the binding or definition it initializes, else "lambda").
    /// </summary>
    private BoundExpr? BindLambda(int i, string name)
    {
        int close = _tokens[i].Match;
        int parameters = i + 2;
        if (parameters >= close || _tokens[parameters].Kind != SyntaxKind.OpenParen)
        {
            return null;
        }

        int parametersEnd = _tokens[parameters].Match;
        int body = parametersEnd + 1;
        if (!IsOnlyElement(body, close) || !AreSymbols(parameters + 1, parametersEnd))
        {
            return null;
        }

        return BindFunction(name, Span(i), parameters + 1, parametersEnd, body);
    }

    /// <summary>Binds a function whose parameters are the symbols in [<paramref name="firstParameter"/>, <paramref name="parametersEnd"/>).</summary>
    private LambdaExpr? BindFunction(string name, TextSpan span, int firstParameter, int parametersEnd, int body)
    {
        FunctionInfo outerFunction = _function;
        var function = new FunctionInfo(name, outerFunction, _source, span);
        _function = function;
        _scopes.Push(function);
        for (int p = firstParameter; p < parametersEnd; p++)
        {
            string parameter = Name(p);
            for (int q = firstParameter; q < p; q++)
            {
                if (Name(q) == parameter)
                {
                    return null; // a duplicate parameter: the Binder reports it
                }
            }

            _scopes.Add(function.AddParameter(parameter));
        }

        BoundExpr? bound = Bind(body);
        _function = outerFunction;
        _scopes.Pop();
        return bound is null ? null : new LambdaExpr(span, function, bound);
    }

    /// <summary>
    /// <c>(let ((n e) ...) body)</c> or letrec: letrec*, one scope. Every binding is a local before the
    /// first initializer is bound; initializer k sees bindings 0..k-1 directly (Binder.Let.cs).
    /// </summary>
    private BoundExpr? BindLet(int i)
    {
        int close = _tokens[i].Match;
        int list = i + 2;
        if (list >= close || _tokens[list].Kind != SyntaxKind.OpenParen)
        {
            return null;
        }

        int listEnd = _tokens[list].Match;
        int count = 0;
        for (int entry = list + 1; entry < listEnd; entry = _tokens[entry].Match + 1)
        {
            if (_tokens[entry].Kind != SyntaxKind.OpenParen || _tokens[entry + 1].Kind != SyntaxKind.Symbol
                || !IsOnlyElement(entry + 2, _tokens[entry].Match))
            {
                return null;
            }

            count++;
        }

        int body = listEnd + 1;
        if (!IsOnlyElement(body, close))
        {
            return null;
        }

        _scopes.Push(_function);
        for (int entry = list + 1; entry < listEnd; entry = _tokens[entry].Match + 1)
        {
            _scopes.Add(_function.AddLocal(Name(entry + 1)));
        }

        var bindings = new LetBinding[count];
        for (int entry = list + 1, n = 0; entry < listEnd; entry = _tokens[entry].Match + 1, n++)
        {
            _scopes.SetDirectLimit(n);
            int value = entry + 2;
            BoundExpr? bound = KeywordAt(value) == Keyword.Lambda ? BindLambda(value, Name(entry + 1)) : Bind(value);
            if (bound is null)
            {
                return null;
            }

            bindings[n] = new LetBinding(_scopes[n], bound);
        }

        _scopes.SetDirectLimit(int.MaxValue);
        BoundExpr? boundBody = Bind(body);
        _scopes.Pop();
        return boundBody is null ? null : new LetExpr(Span(i), ImmutableCollectionsMarshal.AsImmutableArray(bindings), boundBody);
    }

    /// <summary><c>(define name e)</c> or <c>(define (f p ...) body)</c>, at top level only; the cell is taken before the value is bound.</summary>
    private BoundExpr? BindDefine(int i)
    {
        int close = _tokens[i].Match;
        int target = i + 2;
        if (target >= close)
        {
            return null;
        }

        TextSpan span = Span(i);
        if (_tokens[target].Kind == SyntaxKind.OpenParen)
        {
            // (define (f p ...) body): a lambda named f whose span is the whole define.
            int signatureEnd = _tokens[target].Match;
            int body = signatureEnd + 1;
            if (target + 1 >= signatureEnd || !AreSymbols(target + 1, signatureEnd) || !IsOnlyElement(body, close))
            {
                return null;
            }

            string functionName = Name(target + 1);
            GlobalCell functionCell = Global(functionName);
            LambdaExpr? function = BindFunction(functionName, span, target + 2, signatureEnd, body);
            return function is null ? null : new GlobalDefineExpr(span, functionCell, function);
        }

        int value = target + 1;
        if (_tokens[target].Kind != SyntaxKind.Symbol || !IsOnlyElement(value, close))
        {
            return null;
        }

        string name = Name(target);
        GlobalCell cell = Global(name);
        BoundExpr? bound = KeywordAt(value) == Keyword.Lambda ? BindLambda(value, name) : Bind(value);
        return bound is null ? null : new GlobalDefineExpr(span, cell, bound);
    }

    /// <summary><c>(if c t e)</c>: the else branch is mandatory.</summary>
    private BoundExpr? BindIf(int i)
    {
        int close = _tokens[i].Match;
        int condition = i + 2;
        int then = condition < close ? Next(condition) : close;
        int otherwise = then < close ? Next(then) : close;
        if (otherwise >= close || Next(otherwise) != close)
        {
            return null;
        }

        BoundExpr? c = Bind(condition);
        BoundExpr? t = c is null ? null : Bind(then);
        BoundExpr? e = t is null ? null : Bind(otherwise);
        return e is null ? null : new IfExpr(Span(i), c!, t!, e);
    }

    /// <summary><c>(do e ...)</c>; at top level its forms are top-level forms (they may define).</summary>
    private BoundExpr? BindDo(int i, bool topLevel)
    {
        ImmutableArray<BoundExpr> body = BindSequence(i + 2, _tokens[i].Match, topLevel);
        return body.IsDefault ? null : new SequenceExpr(Span(i), body);
    }

    /// <summary><c>(and e ...)</c> or <c>(or e ...)</c>.</summary>
    private BoundExpr? BindOperands(int i, bool and)
    {
        ImmutableArray<BoundExpr> operands = BindSequence(i + 2, _tokens[i].Match);
        if (operands.IsDefault)
        {
            return null;
        }

        return and ? new AndExpr(Span(i), operands) : new OrExpr(Span(i), operands);
    }

    /// <summary>Whether exactly one expression starts at <paramref name="start"/> and ends right before <paramref name="close"/>.</summary>
    private bool IsOnlyElement(int start, int close) => start < close && Next(start) == close;

    /// <summary>Whether every token in [<paramref name="start"/>, <paramref name="end"/>) is a symbol.</summary>
    private bool AreSymbols(int start, int end)
    {
        for (int p = start; p < end; p++)
        {
            if (_tokens[p].Kind != SyntaxKind.Symbol)
            {
                return false;
            }
        }

        return true;
    }
}
