namespace FluentAI.Compiler.Vm;

/// <summary>One activation on the VM's heap-allocated call stack.</summary>
internal struct Frame(VmClosure closure, int ip, int bp)
{
    public VmClosure Closure = closure;

    /// <summary>The next instruction, saved while this frame is not running.</summary>
    public int Ip = ip;

    /// <summary>Stack index of slot 0 (the callee sits at Bp - 1).</summary>
    public int Bp = bp;
}
