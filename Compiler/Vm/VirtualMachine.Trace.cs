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

    private void AppendTrace(FluentException error, int baseFrame, int topFrame)
    {
        for (int i = topFrame; i >= baseFrame; i--)
        {
            if (error.FluentTrace.Count >= TraceLimit)
            {
                if (error.FluentTrace.Count == TraceLimit)
                {
                    error.FluentTrace.Add("...");
                }

                return;
            }

            Proto proto = _frames[i].Closure.Proto;
            if (proto.Name == "<top>")
            {
                continue;
            }

            int ip = Math.Max(0, _frames[i].Ip - 1);
            SourceLocation location = proto.Source.GetLocation(proto.Offsets[Math.Min(ip, proto.Offsets.Length - 1)]);
            error.FluentTrace.Add($"at {proto.Name} ({proto.Source.Path}:{location.Line}:{location.Column})");
        }
    }

    private static string Position(Proto proto, int ip)
    {
        SourceLocation location = proto.Source.GetLocation(proto.Offsets[Math.Min(ip, proto.Offsets.Length - 1)]);
        return $"{proto.Source.Path}({location.Line},{location.Column})";
    }
}
