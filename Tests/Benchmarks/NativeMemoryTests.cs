using FluentAI.Benchmarks.Memory;

namespace FluentAI.Tests.Benchmarks;

/// <summary>The memory figures <c>--eval-memory</c> prints at each checkpoint.</summary>
[TestClass]
public sealed class NativeMemoryTests
{
    [TestMethod]
    public void DescribesTheGcAndOnLinuxTheResidentMemoryAndTheCHeap()
    {
        string line = NativeMemory.Describe();

        StringAssert.Contains(line, "gc committed");
        StringAssert.Contains(line, "collections");
        if (OperatingSystem.IsLinux())
        {
            StringAssert.Contains(line, "resident: anon");
            StringAssert.Contains(line, "malloc: in use");
        }
    }

    [TestMethod]
    public void NamesTheGcMode()
    {
        string mode = NativeMemory.GcMode();

        Assert.IsTrue(mode.StartsWith("workstation GC", StringComparison.Ordinal) || mode.StartsWith("server GC", StringComparison.Ordinal), mode);
        StringAssert.Contains(mode, "concurrent");
    }
}
