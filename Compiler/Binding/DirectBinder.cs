using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;
using FluentAI.Runtime;
using Token = FluentAI.Compiler.Syntax.TokenBuffer.Token;

namespace FluentAI.Compiler.Binding;

/// <summary>
/// Binds a program straight from its tokens, with no syntax tree in between, when the program is made
/// only of the common forms: literals, names, calls, lists, <c>lambda</c>, <c>let</c>, <c>letrec</c>,
/// <c>if</c>, <c>do</c>, <c>and</c>, <c>or</c> and top-level <c>define</c>. For anything else (another
/// special form, any syntax or binding error, deep nesting) it gives up before changing the globals,
/// and the engine parses and binds the program the usual way, which also reports the errors.
/// The IR is exactly the <see cref="Binder"/>'s, down to spans, slots and capture order (DirectBinderTests
/// compare the two on the whole corpus): a change to how the Binder lowers one of these forms belongs
/// here too. Split: this file (entry, names, calls, lists), DirectBinder.Forms.cs (special forms).
/// One instance per engine; not thread-safe.
/// </summary>
internal sealed partial class DirectBinder(GlobalTable globals)
{
    /// <summary>Deeper programs go to the parser, which has its own limit and stack checks.</summary>
    private const int MaxDepth = 64;

    /// <summary>Larger sources go to the parser: the token array is kept per engine.</summary>
    private const int MaxSourceLength = 1 << 16;

    private const uint SupportedKeywords =
        (1u << (int)Keyword.None) | (1u << (int)Keyword.Lambda) | (1u << (int)Keyword.Let) | (1u << (int)Keyword.Letrec)
        | (1u << (int)Keyword.Define) | (1u << (int)Keyword.If) | (1u << (int)Keyword.Do) | (1u << (int)Keyword.And)
        | (1u << (int)Keyword.Or);

    private readonly GlobalTable _globals = globals;
    private readonly TokenBuffer _buffer = new();

    // Cells for names the globals do not have yet: added to the table only once the whole program is bound.
    private readonly List<GlobalCell> _newCells = [];

#pragma warning disable CA1825 // Array.Empty<Token> is a framework generic over a struct of this assembly: JIT-compiled at every start (no ReadyToRun code).
    private static readonly Token[] NoTokens = new Token[0];
#pragma warning restore CA1825

    private Token[] _tokens = NoTokens;
    private SourceText _source = null!;
    private FunctionInfo _function = null!;
    private readonly ScopeStack _scopes = new();

    /// <summary>Binds <paramref name="source"/> as the Binder would; false (globals untouched) when the program is not one this binder takes.</summary>
    public bool TryBind(SourceText source, out ImmutableArray<TopLevelForm> forms)
    {
        forms = default;
        try
        {
            if (source.Length > MaxSourceLength || !_buffer.TryFill(source, MaxDepth) || (_buffer.Keywords & ~SupportedKeywords) != 0)
            {
                return false;
            }

            _tokens = _buffer.Tokens;
            _source = source;
            int count = _buffer.Count;
            int formCount = 0;
            for (int i = 0; i < count; i = Next(i))
            {
                formCount++;
            }

            var result = new TopLevelForm[formCount];
            for (int i = 0, n = 0; i < count; i = Next(i), n++)
            {
                _function = new FunctionInfo("<top>", null, source, Span(i));
                _scopes.Clear();
                BoundExpr? body = BindTopLevelForm(i);
                if (body is null)
                {
                    return false;
                }

                result[n] = new TopLevelForm(_function, body);
            }

            foreach (GlobalCell cell in _newCells)
            {
                _globals.Add(cell);
            }

            forms = ImmutableCollectionsMarshal.AsImmutableArray(result);
            return true;
        }
        finally
        {
            // Keep no part of this program alive until the next one.
            _newCells.Clear();
            _buffer.Clear();
            _tokens = NoTokens;
            _source = null!;
            _function = null!;
            _scopes.Clear();
        }
    }

    /// <summary>The index after the expression that starts at <paramref name="i"/>.</summary>
    private int Next(int i) => _tokens[i].Kind is SyntaxKind.OpenParen or SyntaxKind.OpenBracket ? _tokens[i].Match + 1 : i + 1;

    /// <summary>The span of the expression that starts at <paramref name="i"/> (a whole bracketed group for an opener).</summary>
    private TextSpan Span(int i) => TextSpan.FromBounds(_tokens[i].Start, _tokens[Next(i) - 1].End);

    private string Name(int i) => (string)_tokens[i].Value!;

    /// <summary>A top-level form: <c>define</c> is allowed, and so inside a top-level <c>do</c>.</summary>
    private BoundExpr? BindTopLevelForm(int i) => KeywordAt(i) switch
    {
        Keyword.Define => BindDefine(i),
        Keyword.Do => BindDo(i, topLevel: true),
        _ => Bind(i),
    };

    private BoundExpr? Bind(int i)
    {
        ref Token token = ref _tokens[i];
        var span = new TextSpan(token.Start, token.End - token.Start);
        switch (token.Kind)
        {
            case SyntaxKind.Integer:
                return new ConstantExpr(span, token.Value ?? RuntimeOps.Box(token.Bits));
            case SyntaxKind.Float:
                return new ConstantExpr(span, BitConverter.Int64BitsToDouble(token.Bits));
            case SyntaxKind.String:
                return new ConstantExpr(span, token.Value);
            case SyntaxKind.Boolean:
                return new ConstantExpr(span, RuntimeOps.Bool(token.Bits != 0));
            case SyntaxKind.Symbol:
                return BindName(i);
            case SyntaxKind.OpenBracket:
                return BindList(i);
            case SyntaxKind.OpenParen:
                return BindParenthesized(i);
            default:
                return null;
        }
    }

    /// <summary><c>( ... )</c>: the empty list, a special form or a call.</summary>
    private BoundExpr? BindParenthesized(int i)
    {
        if (_tokens[i].Match == i + 1)
        {
            return new ListExpr(Span(i), []);
        }

        return KeywordAt(i) switch
        {
            Keyword.None => BindCall(i),
            Keyword.Lambda => BindLambda(i, "lambda"),
            Keyword.Let or Keyword.Letrec => BindLet(i),
            Keyword.If => BindIf(i),
            Keyword.Do => BindDo(i, topLevel: false),
            Keyword.And => BindOperands(i, and: true),
            Keyword.Or => BindOperands(i, and: false),
            _ => null, // define below top level is an error
        };
    }

    /// <summary>The special form that the group at <paramref name="i"/> starts with, if it is one.</summary>
    private Keyword KeywordAt(int i) =>
        _tokens[i].Kind == SyntaxKind.OpenParen && _tokens[i].Match > i + 1 && _tokens[i + 1].Kind == SyntaxKind.Symbol
            ? _tokens[i + 1].Keyword
            : Keyword.None;

    private BoundExpr BindName(int i)
    {
        string name = Name(i);
        var span = TextSpan.FromBounds(_tokens[i].Start, _tokens[i].End);
        LocalVariable? local = Resolve(name);
        return local is not null ? new LocalLoadExpr(span, local) : new GlobalLoadExpr(span, Global(name));
    }

    /// <summary>The local a name refers to (noting the capture when it belongs to an outer function), or null for a global.</summary>
    private LocalVariable? Resolve(string name)
    {
        LocalVariable? local = _scopes.Lookup(name, _function);
        if (local is not null && local.Owner != _function)
        {
            _function.CaptureIndex(local);
        }

        return local;
    }

    /// <summary>The cell of a global, as <see cref="GlobalTable.Get"/> gives it, but a new one is added to the table only on success.</summary>
    private GlobalCell Global(string name)
    {
        if (_globals.TryGet(name, out GlobalCell cell))
        {
            return cell;
        }

        foreach (GlobalCell pending in _newCells)
        {
            if (pending.Name == name)
            {
                return pending;
            }
        }

        cell = GlobalTable.NewCell(name, _globals.Guard);
        _newCells.Add(cell);
        return cell;
    }

    /// <summary>
    /// <c>(f a ...)</c>. As in the Binder, the callee is resolved before the arguments are bound, and a
    /// builtin operator name with two arguments that no local shadows becomes a primitive call.
    /// </summary>
    private BoundExpr? BindCall(int i)
    {
        int close = _tokens[i].Match;
        int callee = i + 1;
        int first = Next(callee);
        int argumentCount = 0;
        for (int a = first; a < close; a = Next(a))
        {
            argumentCount++;
        }

        BoundExpr? calleeExpr = null;
        GlobalCell? calleeCell = null;
        LocalVariable? calleeLocal = null;
        if (_tokens[callee].Kind == SyntaxKind.Symbol)
        {
            string name = Name(callee);
            calleeLocal = Resolve(name);
            if (calleeLocal is null)
            {
                calleeCell = Global(name);
                if (argumentCount == 2 && Binder.TryGetPrimitive(name, out PrimitiveOp op))
                {
                    BoundExpr? left = Bind(first);
                    BoundExpr? right = left is null ? null : Bind(Next(first));
                    return right is null ? null : new PrimitiveCallExpr(Span(i), op, calleeCell, left!, right);
                }
            }
        }
        else
        {
            calleeExpr = Bind(callee);
            if (calleeExpr is null)
            {
                return null;
            }
        }

        ImmutableArray<BoundExpr> arguments = BindSequence(first, close);
        if (arguments.IsDefault)
        {
            return null;
        }

        if (calleeExpr is null)
        {
            var calleeSpan = TextSpan.FromBounds(_tokens[callee].Start, _tokens[callee].End);
            calleeExpr = calleeLocal is not null ? new LocalLoadExpr(calleeSpan, calleeLocal) : new GlobalLoadExpr(calleeSpan, calleeCell!);
        }

        return new CallExpr(Span(i), calleeExpr, arguments);
    }

    /// <summary><c>[e ...]</c>.</summary>
    private BoundExpr? BindList(int i)
    {
        ImmutableArray<BoundExpr> items = BindSequence(i + 1, _tokens[i].Match);
        return items.IsDefault ? null : new ListExpr(Span(i), items);
    }

    /// <summary>
    /// Binds the expressions in [<paramref name="start"/>, <paramref name="end"/>) in order into an exactly sized array;
    /// a default (<see cref="ImmutableArray{T}.IsDefault"/>) array when one does not bind. Not a nullable array: code on
    /// Nullable&lt;ImmutableArray&lt;T&gt;&gt; cannot be precompiled (ReadyToRun) and would be JIT-compiled at every start.
    /// </summary>
    private ImmutableArray<BoundExpr> BindSequence(int start, int end, bool topLevel = false)
    {
        int count = 0;
        for (int e = start; e < end; e = Next(e))
        {
            count++;
        }

        if (count == 0)
        {
            return ImmutableArray<BoundExpr>.Empty;
        }

        var bound = new BoundExpr[count];
        for (int e = start, n = 0; e < end; e = Next(e), n++)
        {
            BoundExpr? item = topLevel ? BindTopLevelForm(e) : Bind(e);
            if (item is null)
            {
                return default;
            }

            bound[n] = item;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(bound);
    }
}
