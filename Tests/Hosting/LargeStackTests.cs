using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// <see cref="LargeStack.Run{T}"/> hands work to a worker thread and waits: by spinning for a short call, by blocking for a
/// long one. Every hand-over must deliver the result (or the exception) of its own call, from any number of callers.
/// </summary>
[TestClass]
public sealed class LargeStackTests
{
    [TestMethod]
    public void ManyShortCalls_EachReturnTheirOwnResult_OnALargeStackThread()
    {
        for (int i = 0; i < 20_000; i++)
        {
            int expected = i;
            (int value, bool large) = LargeStack.Run(() => (expected, LargeStack.IsCurrentThreadLarge));
            Assert.AreEqual(expected, value);
            Assert.IsTrue(large);
        }
    }

    [TestMethod]
    public void CallsLongerThanTheSpin_BlockAndStillReturn()
    {
        for (int i = 0; i < 5; i++)
        {
            int expected = i;
            Assert.AreEqual(expected, LargeStack.Run(() =>
            {
                Thread.Sleep(5);
                return expected;
            }));
            Thread.Sleep(5); // the worker, idle longer than its spin, blocks before the next call
        }
    }

    [TestMethod]
    public void AnException_ReachesTheCaller_WithItsType()
    {
        var error = Assert.ThrowsExactly<InvalidOperationException>(() => LargeStack.Run<int>(() => throw new InvalidOperationException("inside")));
        Assert.AreEqual("inside", error.Message);
        Assert.AreEqual(7, LargeStack.Run(() => 7), "the worker goes on after an exception");
    }

    [TestMethod]
    public void ConcurrentCallers_GetTheirOwnResults()
    {
        const int Callers = 4;
        const int Calls = 3_000;
        var failures = new int[Callers];
        Parallel.For(0, Callers, new ParallelOptions { MaxDegreeOfParallelism = Callers }, caller =>
        {
            for (int i = 0; i < Calls; i++)
            {
                int expected = (caller * Calls) + i;
                if (LargeStack.Run(() => expected) != expected)
                {
                    failures[caller]++;
                }
            }
        });

        CollectionAssert.AreEqual(new int[Callers], failures);
    }
}
