using System.Globalization;
using System.Runtime.InteropServices;

namespace FluentAI.Benchmarks.Memory;

/// <summary>
/// Where a process's memory is, beyond the working set: the GC's committed bytes
/// (<see cref="GC.GetGCMemoryInfo()"/>) and how much has been allocated, and on Linux the resident
/// anonymous, file-backed and shared memory (<c>/proc/self/status</c>) and the C heap of glibc's
/// malloc (<c>mallinfo2</c>: bytes in use and bytes free but kept by the allocator), which is where
/// the runtime's and the JIT's native allocations go.
/// </summary>
public static class NativeMemory
{
    /// <summary>The GC's mode, from its configuration: workstation or server, concurrent or not.</summary>
    public static string GcMode()
    {
        IReadOnlyDictionary<string, object> settings = GC.GetConfigurationVariables();
        bool server = settings.TryGetValue("ServerGC", out object? s) && s is true;
        bool concurrent = settings.TryGetValue("ConcurrentGC", out object? c) && c is true;
        return $"{(server ? "server" : "workstation")} GC, concurrent {(concurrent ? "on" : "off")}";
    }

    /// <summary>
    /// One line: the GC's committed bytes, bytes allocated so far and collections per generation; on
    /// Linux the resident anonymous, file-backed and shared memory (the executable-code heap's
    /// double mapping is shared memory) and glibc's C heap.
    /// </summary>
    public static string Describe()
    {
        GCMemoryInfo info = GC.GetGCMemoryInfo();
        string line = string.Create(CultureInfo.InvariantCulture,
            $"gc committed {Mb(info.TotalCommittedBytes),6:F1} MB   allocated {Mb(GC.GetTotalAllocatedBytes()),8:F0} MB   collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        if (!OperatingSystem.IsLinux())
        {
            return line;
        }

        string status = File.ReadAllText("/proc/self/status");
        line += string.Create(CultureInfo.InvariantCulture,
            $"   resident: anon {Mb(StatusKilobytes(status, "RssAnon:") * 1024),6:F1} file {Mb(StatusKilobytes(status, "RssFile:") * 1024),5:F1} shmem {Mb(StatusKilobytes(status, "RssShmem:") * 1024),5:F1} MB");
        if (TryMallinfo(out MallInfo2 malloc))
        {
            line += string.Create(CultureInfo.InvariantCulture,
                $"   malloc: in use {Mb((long)malloc.UsedBytes),5:F1} free {Mb((long)malloc.FreeBytes),5:F1} MB");
        }

        return line;
    }

    private static bool TryMallinfo(out MallInfo2 info)
    {
        try
        {
            info = Mallinfo2();
            return true;
        }
        catch (EntryPointNotFoundException)
        {
            info = default;
            return false;
        }
        catch (DllNotFoundException)
        {
            info = default;
            return false;
        }
    }

    private static long StatusKilobytes(string status, string key)
    {
        int at = status.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        int end = status.IndexOf('\n', at);
        string value = status[(at + key.Length)..(end < 0 ? status.Length : end)].Trim();
        return long.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static double Mb(long bytes) => bytes / 1048576.0;

    [DllImport("libc", EntryPoint = "mallinfo2")]
    private static extern MallInfo2 Mallinfo2();

    /// <summary>glibc's <c>struct mallinfo2</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct MallInfo2
    {
        private readonly nuint arena;
        private readonly nuint ordblks;
        private readonly nuint smblks;
        private readonly nuint hblks;
        private readonly nuint hblkhd;
        private readonly nuint usmblks;
        private readonly nuint fsmblks;
        private readonly nuint uordblks;
        private readonly nuint fordblks;
        private readonly nuint keepcost;

        public nuint UsedBytes => uordblks;

        public nuint FreeBytes => fordblks;
    }
}
