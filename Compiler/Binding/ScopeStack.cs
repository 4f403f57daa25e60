using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Binding;

/// <summary>
/// The lexical scopes open while a binder works, innermost last: the parameters of a lambda, the bindings
/// of a let, a match clause. One flat array of locals and one of scope records, reused from form to form
/// (no object per scope). A local is found by its name (<see cref="LocalVariable.Name"/>).
/// The direct limit implements the letrec* rule of LANGUAGE.md §4: while initializer i of a let is bound,
/// code of the same function sees only bindings 0..i-1 of that let; code inside a lambda sees them all.
/// </summary>
internal sealed class ScopeStack
{
    private LocalVariable[] _locals = []; // both grow on first use: many forms open no scope
    private int _count;
    private Record[] _scopes = NoRecords;
    private int _depth;

    // Framework generics over this struct (Array.Empty, Array.Resize, Span) cannot be precompiled (ReadyToRun) in this
    // assembly: they would be JIT-compiled at every start. The array code below uses non-generic Array methods instead.
#pragma warning disable CA1825 // Array.Empty<Record> is one of those generics.
    private static readonly Record[] NoRecords = new Record[0];
#pragma warning restore CA1825

    private struct Record
    {
        public int Start;
        public int DirectLimit;
        public FunctionInfo Function;
    }

    /// <summary>Opens a scope of <paramref name="function"/>.</summary>
    public void Push(FunctionInfo function)
    {
        if (_depth == _scopes.Length)
        {
            var scopes = new Record[Math.Max(4, _depth * 2)];
            Array.Copy(_scopes, scopes, _depth);
            _scopes = scopes;
        }

        _scopes[_depth++] = new Record { Start = _count, DirectLimit = int.MaxValue, Function = function };
    }

    /// <summary>Closes the innermost scope.</summary>
    public void Pop()
    {
        int start = _scopes[--_depth].Start;
        _locals.AsSpan(start, _count - start).Clear();
        _scopes[_depth].Function = null!;
        _count = start;
    }

    /// <summary>Closes every scope (a new top-level form, or a binder starting over).</summary>
    public void Clear()
    {
        if (_depth != 0)
        {
            _locals.AsSpan(0, _count).Clear();
            Array.Clear(_scopes, 0, _depth);
            _count = 0;
            _depth = 0;
        }
    }

    /// <summary>Adds a local to the innermost scope.</summary>
    public void Add(LocalVariable variable)
    {
        if (_count == _locals.Length)
        {
            Array.Resize(ref _locals, Math.Max(8, _count * 2));
        }

        _locals[_count++] = variable;
    }

    /// <summary>The <paramref name="index"/>th local of the innermost scope.</summary>
    public LocalVariable this[int index] => _locals[_scopes[_depth - 1].Start + index];

    /// <summary>Code of the innermost scope's function sees only its first <paramref name="limit"/> locals (int.MaxValue: all).</summary>
    public void SetDirectLimit(int limit) => _scopes[_depth - 1].DirectLimit = limit;

    /// <summary>The local a name refers to from code of <paramref name="from"/>, or null.</summary>
    public LocalVariable? Lookup(string name, FunctionInfo from)
    {
        int end = _count;
        for (int s = _depth - 1; s >= 0; s--)
        {
            ref Record scope = ref _scopes[s];
            int start = scope.Start;
            int limit = scope.Function == from ? start + Math.Min(scope.DirectLimit, end - start) : end;
            for (int i = limit - 1; i >= start; i--)
            {
                if (_locals[i].Name == name)
                {
                    return _locals[i];
                }
            }

            end = start;
        }

        return null;
    }
}
