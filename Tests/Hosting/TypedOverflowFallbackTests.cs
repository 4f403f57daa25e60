using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// Typed code leaves on integer overflow and the call reruns on boxed values. When the overflow happens deep in a non-tail
/// recursion the result must still be the VM's, and the fallback must not redo the typed work at every level of the recursion.
/// </summary>
[TestClass]
public sealed class TypedOverflowFallbackTests
{
    /// <summary>Overflows on the way back up, about 40 calls above the base case.</summary>
    private const string SumTo = "(define (sumto n) (if (= n 0) 9223372036854775000 (+ n (sumto (- n 1)))))";

    [TestMethod]
    public void OverflowDeepInNonTailRecursion_GivesTheVmsResult()
    {
        foreach (string mode in EngineModes.All)
        {
            FluentEngine engine = EngineModes.New(mode);
            engine.Eval(SumTo);
            for (int i = 0; i < 3; i++)
            {
                Assert.AreEqual(System.Numerics.BigInteger.Parse("9223372036854776275"), engine.Eval("(sumto 50)"), mode);
            }
        }
    }

    [TestMethod]
    [DataRow(EngineModes.Dynamic)]
    [DataRow(EngineModes.Tiered1)]
    public void OverflowDeepInNonTailRecursion_FallsBackInLinearTime(string mode)
    {
        FluentEngine engine = EngineModes.New(mode);
        engine.Eval(SumTo);
        engine.Eval("(sumto 3)");
        engine.Eval("(sumto 3)");

        // The VM takes about 10 ms; the quadratic fallback took about 17 s here (each of the 10,000 levels reruns typed code
        // down to the overflow and unwinds an OverflowException through thousands of frames).
        Task<object?> run = Task.Run(() => engine.Eval("(sumto 10000)"));
        Assert.IsTrue(run.Wait(TimeSpan.FromSeconds(5)), $"{mode}: (sumto 10000) did not finish within 5 s");
        Assert.AreEqual(System.Numerics.BigInteger.Parse("9223372036904780000"), run.Result, mode);
    }
}
