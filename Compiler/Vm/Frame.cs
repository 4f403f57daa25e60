namespace FluentAI.Compiler.Vm;

/// <summary>One activation on the VM's heap-allocated call stack.</summary>
internal struct Frame(VmClosure closure, int ip, int bp, int ret)
{
    public VmClosure Closure = closure;

    /// <summary>The next instruction, saved while this frame is not running.</summary>
    public int Ip = ip;

    /// <summary>Stack index of slot 0 (the arguments, then the other locals).</summary>
    public int Bp = bp;

    /// <summary>Where the result goes on return: the callee slot (Bp - 1) for Call, Bp for CallGlobal, which pushes no callee.</summary>
    public int Ret = ret;
}
