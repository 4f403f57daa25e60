namespace FluentAI.Compiler.Ir;

/// <summary>One top-level form lowered into the body of an implicit function with no parameters.</summary>
public sealed record TopLevelForm(FunctionInfo Function, BoundExpr Body);
