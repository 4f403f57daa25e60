namespace FluentAI.Compiler.Ir;

/// <summary>Builtin operators with a fast path in the backends (binary use only).</summary>
public enum PrimitiveOp
{
    Add,
    Subtract,
    Multiply,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    Equal,
    NotEqual,
}
