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
    [DoNotParallelize] // counts on the idle worker it starts staying idle
    public void Prestart_RunsItsWarmUpOnALargeStack_AndAWarmUpThatThrowsBreaksNothing()
    {
        using var ran = new ManualResetEventSlim();
        bool warmUpOnLargeStack = false;
        if (LargeStack.Prestart(() =>
        {
            warmUpOnLargeStack = LargeStack.IsCurrentThreadLarge;
            ran.Set();
        }))
        {
            Assert.IsTrue(ran.Wait(TimeSpan.FromSeconds(30)), "the new worker runs its warm-up");
            Assert.IsTrue(warmUpOnLargeStack);
        }

        Assert.IsFalse(LargeStack.Prestart(null), "a worker is idle now: no second one");
        LargeStack.Prestart(() => throw new InvalidOperationException("warm-up failed"));
        for (int i = 0; i < 3; i++)
        {
            Assert.AreEqual(i, LargeStack.Run(() => i));
        }

        Assert.IsFalse(LargeStack.Run(() => LargeStack.Prestart(null)), "a large-stack thread needs no worker");
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
