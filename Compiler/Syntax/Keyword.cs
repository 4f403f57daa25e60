namespace FluentAI.Compiler.Syntax;

/// <summary>Special-form keywords (LANGUAGE.md §4); recognized in head position only.</summary>
public enum Keyword : byte
{
    None,
    Lambda,
    Let,
    Letrec,
    Define,
    If,
    Do,
    And,
    Or,
    Match,
    Data,
    Handler,
    Effect,
    Module,
    Import,
    Export,
    Contract,
    Ascription,
}
