using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;
using static FluentAI.Tests.Runtime.RuntimeTestSupport;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class StringBuiltinsTests
{
    private const string Emoji = "\U0001F600";

    [TestMethod]
    public void LengthsAndIndexesCountCodePoints()
    {
        Assert.AreEqual(5L, Call("string-length", "hello"));
        Assert.AreEqual(3L, Call("string-length", "a" + Emoji + "b"));
        Assert.AreEqual(Emoji, Call("string-ref", "a" + Emoji + "b", 1L));
        Assert.AreEqual("b", Call("string-ref", "a" + Emoji + "b", 2L));
        Assert.AreEqual(Emoji + "b", Call("substring", "a" + Emoji + "b", 1L, 3L));
        Assert.AreEqual("[\"a\" \"" + Emoji + "\"]", Show("string->list", "a" + Emoji));
        Assert.AreEqual(0x1F600L, Call("char->int", Emoji));
        Assert.AreEqual(Emoji, Call("int->char", 0x1F600L));
    }

    [TestMethod]
    public void SubstringAndRefCheckBounds()
    {
        Assert.AreEqual("ell", Call("substring", "hello", 1L, 4L));
        Assert.AreEqual("", Call("substring", "hello", 0L, 0L));
        Assert.AreEqual("h", Call("string-ref", "hello", 0L));
        Assert.AreEqual("o", Call("string-ref", "hello", 4L));
        RaisesCall(ErrorTypes.IndexOutOfBounds, "Invalid substring indices", "substring", "hello", 3L, 1L);
        RaisesCall(ErrorTypes.IndexOutOfBounds, "Invalid substring indices", "substring", "hello", 0L, 6L);
        RaisesCall(ErrorTypes.IndexOutOfBounds, "Invalid substring indices", "substring", "hello", -1L, 2L);
        RaisesCall(ErrorTypes.IndexOutOfBounds, "Index out of bounds", "string-ref", "hello", 5L);
    }

    [TestMethod]
    public void ConcatenationForms()
    {
        Assert.AreEqual("ab", Call("concat", "a", "b"));
        Assert.AreEqual("ab", Call("string-concat", "a", "b"));
        Assert.AreEqual("abc", Call("string-append", "a", "b", "c"));
        Assert.AreEqual("", Call("string-append"));
        Assert.AreEqual("n=5 [1 \"x\"] #t", Call("string-append", "n=", 5L, " ", L(1L, "x"), " ", true));
        RaisesCall(ErrorTypes.TypeMismatch, "expected String, got Int", "string-concat", "a", 1L);
    }

    [TestMethod]
    public void SplitAndJoin()
    {
        Assert.AreEqual("[\"a\" \"b\" \"c\"]", Show("string-split", "a,b,c", ","));
        Assert.AreEqual("[\"a\" \"\" \"b\"]", Show("string-split", "a,,b", ","));
        Assert.AreEqual("[\"a\" \"b\" \"c\"]", Show("string-split", "abc", ""));
        Assert.AreEqual("[\"\"]", Show("string-split", "", ","));
        Assert.AreEqual("a, b, c", Call("string-join", ", ", L("a", "b", "c")));
        Assert.AreEqual("", Call("string-join", "-", L()));
        Assert.AreEqual("1-2", Call("string-join", "-", L(1L, 2L)));
        Assert.AreEqual("a-1-b", Call("string-join", "-", L("a", 1L, "b")));
        Assert.AreEqual("abc", Call("string-join", "", L("a", "b", "c")));
    }

    [TestMethod]
    public void StringJoin_CopiesShortAndLongTextsWithAnyDelimiter()
    {
        // Texts of up to 8 chars are copied char by char, longer ones as a block; a one-char delimiter is stored directly.
        Assert.AreEqual("12345678,123456789,,x", Call("string-join", ",", L("12345678", "123456789", "", "x")));
        Assert.AreEqual("only", Call("string-join", "::", L("only")));
        Assert.AreEqual("é::日本語テキストですよ::🙂", Call("string-join", "::", L("é", "日本語テキストですよ", "🙂")));
        var many = Enumerable.Range(0, 1000).Select(i => (object?)i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.AreEqual(string.Join(", ", many), Call("string-join", ", ", L(many)));
        Assert.AreEqual(string.Join("|", many), Call("string-join", "|", L(many)));
    }

    [TestMethod]
    public void CaseTrimSearchReplace()
    {
        Assert.AreEqual("hi", Call("string-trim", "  hi \n"));
        Assert.AreEqual("ABC", Call("string-upcase", "abc"));
        Assert.AreEqual("abc", Call("string-downcase", "ABC"));
        Assert.AreEqual(true, Call("string-contains?", "hello", "ell"));
        Assert.AreEqual(false, Call("string-contains?", "hello", "xyz"));
        Assert.AreEqual(true, Call("string-starts-with?", "hello", "he"));
        Assert.AreEqual(true, Call("string-ends-with?", "hello", "lo"));
        Assert.AreEqual("b-b-b", Call("string-replace", "a-a-a", "a", "b"));
        Assert.AreEqual("abc", Call("string-replace", "abc", "", "x"));
    }

    [TestMethod]
    public void CharacterConversions()
    {
        Assert.AreEqual("ab", Call("list->string", L("a", "b")));
        Assert.AreEqual(65L, Call("char->int", "A"));
        Assert.AreEqual("a", Call("int->char", 97L));
        RaisesCall(ErrorTypes.DomainError, "Domain error", "int->char", -1L);
        RaisesCall(ErrorTypes.DomainError, "Domain error", "char->int", "");
    }

    [TestMethod]
    public void ToStringToIntToFloat()
    {
        Assert.AreEqual("#t", Call("to-string", true));
        Assert.AreEqual("[1 2]", Call("to-string", L(1L, 2L)));
        Assert.AreEqual("abc", Call("to-string", "abc"));
        Assert.AreEqual("1e+16", Call("to-string", 1e16));
        Assert.AreEqual(42L, Call("to-int", "42"));
        Assert.AreEqual(-5L, Call("to-int", "-5"));
        Assert.AreEqual(Big("100000000000000000000"), Call("to-int", "100000000000000000000"));
        Assert.AreEqual(3L, Call("to-int", 3.9));
        Assert.AreEqual(-3L, Call("to-int", -3.9));
        RaisesCall(ErrorTypes.DomainError, "Cannot parse", "to-int", "abc");
        RaisesCall(ErrorTypes.DomainError, "Cannot parse", "to-int", "1.5");
        RaisesCall(ErrorTypes.DomainError, "Cannot parse", "to-int", "");
        Assert.AreEqual(3.0, Call("to-float", 3L));
        Assert.AreEqual(2.5, Call("to-float", "2.5"));
        Assert.AreEqual(1e20, Call("to-float", Big("100000000000000000000")));
        RaisesCall(ErrorTypes.DomainError, "Cannot parse", "to-float", "x1");
        RaisesCall(ErrorTypes.TypeMismatch, "Type mismatch", "to-int", true);
    }

    [TestMethod]
    public void StringArgumentsAreTypeChecked()
    {
        RaisesCall(ErrorTypes.TypeMismatch, "expected String, got Int", "string-length", 5L);
        RaisesCall(ErrorTypes.TypeMismatch, "expected String", "string-upcase", FluentList.Empty);
        RaisesCall(ErrorTypes.ArityMismatch, "Arity mismatch: expected 3, got 2", "substring", "abc", 1L);
    }
}
