using FluentAI.Compiler.Text;
using FluentAI.Runtime.Errors;

namespace FluentAI.Compiler.Vm;

public sealed partial class VirtualMachine
{
    /// <summary>Attaches the failing position and the FluentAI call trace, once, at the innermost activation.</summary>
    private void Annotate(FluentException error, int baseFrame, int opStart)
    {
        if (error.Position is not null)
        {
            AppendTrace(error, baseFrame, _frameCount - 1);
            return;
        }

        Frame top = _frames[_frameCount - 1];
        error.Position = Position(top.Closure.Proto, opStart);
        AppendTrace(error, baseFrame, _frameCount - 1);
    }

    /// <summary>Adds this activation's frames, innermost first; runs of the same call site collapse into one line.</summary>
    private void AppendTrace(FluentException error, int baseFrame, int topFrame)
    {
        Proto? lastProto = null;
        int lastIp = -1; // the source offset of the last call site
        int repeats = 0;
        for (int i = topFrame; i >= baseFrame; i--)
        {
            Proto proto = _frames[i].Closure.Proto;
            int ip = Math.Min(Math.Max(0, _frames[i].Ip - 1), proto.CodeLength - 1);
            if (proto == lastProto && proto.OffsetAt(ip) == lastIp)
            {
                repeats++;
                continue;
            }

            FlushRepeats(error, repeats);
            repeats = 0;
            lastProto = proto;
            lastIp = proto.OffsetAt(ip);
            if (proto.Name == "<top>" || error.FluentTrace.Count >= TraceLimit)
            {
                continue;
            }

            SourceLocation location = proto.Source.GetLocation(proto.OffsetAt(ip));
            error.FluentTrace.Add($"at {proto.Name} ({proto.Source.Path}:{location.Line}:{location.Column})");
        }

        FlushRepeats(error, repeats);
    }

    private static void FlushRepeats(FluentException error, int repeats)
    {
        if (repeats > 0 && error.FluentTrace.Count <= TraceLimit)
        {
            error.FluentTrace.Add($"... the frame above repeated {repeats} more times");
        }
    }

    private static string Position(Proto proto, int ip)
    {
        SourceLocation location = proto.Source.GetLocation(proto.OffsetAt(ip));
        return $"{proto.Source.Path}({location.Line},{location.Column})";
    }
}
