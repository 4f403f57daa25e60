using FluentAI.Runtime.Builtins;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Runtime;

[TestClass]
public sealed class BuiltinRegistryTests
{
    // Every name of LANGUAGE.md §11 and §7.
    private const string Required = """
        + - * / mod abs max min sqrt pow exp log log10 log2 sin cos tan asin acos atan atan2 hypot floor ceil round
        round-to gcd lcm factorial clamp pi e tau sum product mean
        == = != not= < > <= >= not xor
        int? float? number? string? list? bool? boolean? function? nil? tuple? dict? set? empty? positive? negative?
        zero? even? odd? sorted?
        cons head tail length nth append reverse take drop range list-sort list-slice list-reverse list-flatten list-zip
        list-unzip list-partition list-find list-index-of list-unique last contains?
        map filter fold fold-right reduce scan any? all? none? map-indexed flat-map filter-map compose pipe partial
        partial-right identity const flip curry apply iterate repeat group-by chunk sliding-window memoize
        string-length concat string-concat string-append substring string-ref string-split string-join string-trim
        string-upcase string-downcase string-contains? string-starts-with? string-ends-with? string-replace string->list
        list->string char->int int->char to-string to-int to-float
        tuple fst snd tuple-ref tuple-length
        dict-new dict-get dict-get-or dict-set dict-remove dict-has? dict-keys dict-values dict-items dict-size dict-merge
        set-new set-from-list set-add set-remove set-has? set-union set-intersection set-difference set-size set-to-list
        queue-new queue-enqueue queue-dequeue queue-peek queue-empty?
        error-type error-message error-data
        io:print print-line io:read-line state:set state:get state:update state:delete error:raise error:catch
        time:now time:sleep random:float random:int random:choice
        """;

    [TestMethod]
    public void EveryBuiltinOfTheSpecIsRegistered()
    {
        var missing = Required.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Where(name => !BuiltinRegistry.TryGet(name, out _))
            .ToList();
        Assert.IsEmpty(missing, string.Join(", ", missing));
        Assert.IsGreaterThanOrEqualTo(170, BuiltinRegistry.Names.Count);
    }

    [TestMethod]
    public void UnknownNamesAreNotFound()
    {
        Assert.IsFalse(BuiltinRegistry.TryGet("no-such-builtin", out var fn));
        Assert.IsNull(fn);
    }

    [TestMethod]
    public void BuiltinsAreSingletonsAndAliasesShareThem()
    {
        Assert.IsTrue(BuiltinRegistry.TryGet("==", out var eq));
        Assert.IsTrue(BuiltinRegistry.TryGet("=", out var alias));
        Assert.AreSame(eq, alias);
        Assert.IsTrue(BuiltinRegistry.TryGet("==", out var again));
        Assert.AreSame(eq, again);
    }

    [TestMethod]
    public void BuiltinFunctionReportsArityMismatches()
    {
        var fixedTwo = new BuiltinFunction("f", 2, 2, a => a[0]);
        var range = new BuiltinFunction("g", 1, 2, a => a[0]);
        var variadic = new BuiltinFunction("h", 1, BuiltinFunction.Variadic, a => a[0]);
        Assert.AreEqual("Arity mismatch: expected 2, got 1", Assert.ThrowsExactly<FluentException>(() => fixedTwo.Invoke(1L)).Error.Message);
        Assert.AreEqual("Arity mismatch: expected 1-2, got 3", Assert.ThrowsExactly<FluentException>(() => range.Invoke([1L, 2L, 3L])).Error.Message);
        Assert.AreEqual(ErrorTypes.ArityMismatch, Assert.ThrowsExactly<FluentException>(() => variadic.Invoke()).Error.Type);
        Assert.AreEqual(3L, variadic.Invoke([3L, 4L, 5L]));
        Assert.AreEqual(2, fixedTwo.FixedArity);
        Assert.IsNull(range.FixedArity);
        Assert.AreEqual("<function>", fixedTwo.ToString());
    }
}
