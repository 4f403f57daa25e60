namespace FluentAI.Compiler.Diagnostics;

/// <summary>
/// Stable diagnostic numbers. A number is never reused: retire a code by commenting it out with the reason.
/// Ranges: FL00xx lexical, FL01xx syntax, FL02xx binding, FL03xx modules, FL04xx .NET assemblies
/// (<c>fluentc build</c>), FL09xx driver and I/O.
/// Every code is listed in docs/diagnostics.md; a test keeps the two in sync.
/// </summary>
public enum DiagnosticCode
{
    // Lexical (FL00xx)
    InvalidNumber = 1,
    UnterminatedString = 2,
    UnexpectedCharacter = 3,

    // Syntax (FL01xx)
    UnexpectedToken = 101,
    ExpectedClosingParenthesis = 102,
    ExpectedClosingBracket = 103,
    InvalidPattern = 104,
    InvalidSpecialForm = 105,
    NestingTooDeep = 106,

    // Binding (FL02xx)
    DefineNotAtTopLevel = 201,
    DuplicateParameter = 202,
    ModuleNotOnlyForm = 203,
    InvalidContract = 204,
    DuplicateConstructor = 205,

    // Modules (FL03xx)
    ModuleNotFound = 301,
    NotExported = 302,
    CircularImport = 303,

    // .NET assemblies: fluentc build (FL04xx)
    ClrNameCollision = 401,
    NoClrName = 402,

    // Driver and I/O (FL09xx)
    FileNotFound = 901,
    InvalidEncoding = 902,
    CannotReadFile = 903,
    MoreThanOneProgram = 904,
    CannotWriteOutput = 905,
}
