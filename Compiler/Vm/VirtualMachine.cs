using System.Runtime.CompilerServices;
using FluentAI.Compiler.Ir;
using FluentAI.Runtime;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Vm;

/// <summary>
/// The stack VM: one value stack and one call stack, both on the heap, so FluentAI recursion never
/// uses the CLR stack; only builtins calling back into FluentAI functions re-enter <see cref="Execute"/>.
/// One instance per engine; not thread-safe.
/// </summary>
public sealed partial class VirtualMachine
{
    private const int TraceLimit = 16;
    private object?[] _stack = new object?[1024];
    private Frame[] _frames;
    private readonly List<HandlerRecord> _handlers = [];
    private int _sp;
    private int _opStart;
    private int _frameCount;

    private readonly FluentContext _context;
    private BytecodeCompiler? _compilerCache;

    /// <param name="maxCallDepth">Non-tail call depth limit.</param>
    /// <param name="context">The engine's runtime context (state store, handlers, I/O); its engine makes it current while code runs.</param>
    public VirtualMachine(int maxCallDepth, FluentContext context)
    {
        _context = context;
        MaxCallDepth = Math.Max(1, maxCallDepth);

        // The call stack never outgrows the depth limit, so "frames full" is the only check a call makes.
        _frames = new Frame[Math.Min(64, MaxCallDepth)];
    }

    /// <summary>Non-tail call depth past which code stops with "Stack overflow: recursion too deep".</summary>
    public int MaxCallDepth { get; }

    /// <summary>
    /// Tiered mode: after <see cref="TierUpThreshold"/> calls of a function the VM offers it to this hook,
    /// which may compile it to IL and install that in its global; the VM then calls the IL through the
    /// global. The hook returns whether it took the function; a function it declines is offered again
    /// after another <see cref="TierUpThreshold"/> calls.
    /// </summary>
    public Func<VmClosure, bool>? TierUp { get; init; }

    public int TierUpThreshold { get; init; } = int.MaxValue;

    /// <summary>Runs a compiled top-level form (a prototype with no parameters).</summary>
    public object? Run(Proto proto) => Invoke(new VmClosure(proto, [], this), []);

    /// <summary>
    /// Compiles and runs a top-level form, then clears the stack slots and the frame it used: a VM keeps
    /// stale values above its stack top, and a one-off form's values (compiled closures among them, in
    /// Dynamic mode) must not stay reachable through it.
    /// </summary>
    public object? RunOnce(TopLevelForm form)
    {
        Proto proto = Compile(form);
        int stackBase = _sp;
        int frame = _frameCount;
        try
        {
            return Run(proto);
        }
        finally
        {
            Array.Clear(_stack, stackBase, Math.Min(_stack.Length - stackBase, 1 + proto.FrameSize));
            if (frame < _frames.Length)
            {
                _frames[frame] = default;
            }
        }
    }

    /// <summary>Compiles a top-level form, reusing this VM's compiler buffers.</summary>
    public Proto Compile(TopLevelForm form) => BytecodeCompiler.Compile(form.Function, form.Body, ref _compilerCache);

    /// <summary>A function reached its call count: offer it to <see cref="TierUp"/> and re-arm the count.</summary>
    private void OfferTierUp(VmClosure closure)
    {
        Proto proto = closure.Proto;
        if (TierUp is null)
        {
            proto.TierCountdown = int.MaxValue;
            return;
        }

        proto.TierCountdown = TierUp(closure) ? int.MaxValue : TierUpThreshold;
    }

    /// <summary>Calls a closure with arguments; re-entrant (builtins call back through here).</summary>
    public object? Invoke(VmClosure closure, ReadOnlySpan<object?> args)
    {
        // Only re-entry (a builtin calling back into FluentAI) grows the CLR stack.
        if (_frameCount > 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw RuntimeErrors.StackOverflow();
        }

        if (--closure.Proto.TierCountdown == 0)
        {
            OfferTierUp(closure); // calls from hosts and builtins (map, fold, ...) count too
        }

        int calleeIndex = _sp;
        EnsureStack(calleeIndex + 1 + args.Length);
        _stack[calleeIndex] = closure;
        args.CopyTo(_stack.AsSpan(calleeIndex + 1));
        _sp = calleeIndex + 1 + args.Length;
        try
        {
            return Execute(calleeIndex, args.Length);
        }
        finally
        {
            _sp = calleeIndex;
        }
    }

    private void EnsureStack(int needed)
    {
        if (needed > _stack.Length)
        {
            Array.Resize(ref _stack, Math.Max(needed, _stack.Length * 2));
        }
    }

    private void PushFrame(VmClosure closure, int bp)
    {
        if (_frameCount == _frames.Length)
        {
            GrowFrames();
        }

        _frames[_frameCount++] = new Frame(closure, 0, bp, bp - 1);
    }

    /// <summary>Doubles the call stack, or raises the stack-overflow error at the depth limit.</summary>
    private void GrowFrames()
    {
        if (_frameCount >= MaxCallDepth)
        {
            throw RuntimeErrors.StackOverflow();
        }

        Array.Resize(ref _frames, (int)Math.Min((long)_frames.Length * 2, MaxCallDepth));
    }

    private static FluentException ArityError(VmClosure closure, int got) => RuntimeErrors.Arity(closure.Proto.Arity, got);

    /// <summary>Runs a module's forms once per program.</summary>
    private void RunModule(ModuleInfo module)
    {
        if (module.HasRun)
        {
            return;
        }

        module.HasRun = true;
        foreach (TopLevelForm form in module.Forms)
        {
            Run(Compile(form));
        }
    }
}
