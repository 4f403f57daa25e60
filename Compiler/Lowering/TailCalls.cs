using FluentAI.Compiler.Ir;

namespace FluentAI.Compiler.Lowering;

/// <summary>How the IL backends make a call in tail position (every kind keeps constant stack space).</summary>
public enum TailCallKind
{
    /// <summary>The function calls itself: the arguments go to the parameters and the code jumps to its start.</summary>
    SelfLoop,

    /// <summary>Another known function: a direct call with the <c>tail.</c> prefix.</summary>
    KnownFunction,

    /// <summary>Any other function value: the closure's code delegate is invoked with the <c>tail.</c> prefix.</summary>
    Unknown,
}

/// <summary>Classifies calls in tail position for the IL backends.</summary>
public static class TailCalls
{
    public static TailCallKind Classify(CallExpr call, FunctionInfo caller, KnownFunctions known)
    {
        KnownFunction? callee = known.Callee(call);
        if (callee is null || call.Arguments.Length != callee.Function.ParameterCount)
        {
            return TailCallKind.Unknown;
        }

        return callee.Function == caller ? TailCallKind.SelfLoop : TailCallKind.KnownFunction;
    }
}
