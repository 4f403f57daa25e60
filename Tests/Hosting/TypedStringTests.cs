namespace FluentAI.Tests.Hosting;

/// <summary>
/// Typed code calls <c>string-join</c> and <c>string-length</c> directly. Every mode must give the VM's values and
/// errors: a list of strings, of other values (displayed), code points beyond the BMP, and the wrong kinds of argument
/// (which leave typed code for the boxed rerun to report).
/// </summary>
[TestClass]
public sealed class TypedStringTests
{
    private const string Numbers = """
        (define (numbers i acc) (if (< i 0) acc (numbers (- i 1) (cons (to-string i) acc))))
        (define (joined n sep) (string-join sep (numbers n [])))
        (define (joined-length n sep) (string-length (string-join sep (numbers n []))))
        (define (len s) (string-length s))
        (define (join-any sep xs) (string-join sep xs))
        """;

    [TestMethod]
    [DataRow("(joined 4 \",\")", "\"0,1,2,3,4\"")]
    [DataRow("(joined-length 9999 \",\")", "48889")]
    [DataRow("(joined-length 0 \"--\")", "1")]
    [DataRow("(joined -1 \",\")", "\"\"")]
    [DataRow("(len \"h\u00e9llo\")", "5")]
    [DataRow("(len \"a\U0001F600b\")", "3")]
    [DataRow("(join-any \"+\" [1 \"b\" 2.5 [3]])", "\"1+b+2.5+[3]\"")]
    [DataRow("(join-any \"\" [])", "\"\"")]
    public void EveryModeGivesTheVmsValue(string call, string expected)
    {
        EngineModes.AssertTheSameValueInEveryMode(Numbers, call, expected);
    }

    [TestMethod]
    [DataRow("(len 5)")]
    [DataRow("(len [\"a\"])")]
    [DataRow("(join-any 1 [\"a\"])")]
    [DataRow("(join-any \",\" \"abc\")")]
    public void TheWrongKindOfArgument_IsTheVmsError(string call)
    {
        EngineModes.AssertTheSameErrorInEveryMode(Numbers, call);
    }
}
