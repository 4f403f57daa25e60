using FluentAI.Runtime.Effects;

namespace FluentAI.Compiler.Vm;

/// <summary>An installed <c>handler</c> form: where to unwind to when an error reaches it.</summary>
internal sealed class HandlerRecord(int frameCount, int sp, int catchIp, HandlerFrame frame, HandlerFrame? saved)
{
    public int FrameCount { get; } = frameCount;

    public int Sp { get; } = sp;

    public int CatchIp { get; } = catchIp;

    public HandlerFrame Frame { get; } = frame;

    public HandlerFrame? Saved { get; } = saved;
}
