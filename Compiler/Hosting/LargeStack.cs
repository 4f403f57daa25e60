namespace FluentAI.Compiler.Hosting;

/// <summary>
/// Runs compiled (IL) code on threads with a large stack, so FluentAI recursion that lives on the CLR
/// stack reaches deep (non-tail depth 100,000 and more) before the stack guard raises
/// "Stack overflow: recursion too deep". Code already on such a thread runs inline; otherwise it is
/// handed to an idle worker (workers are created on demand and kept for reuse). The caller waits for the
/// worker by spinning briefly before it blocks (<see cref="Handoff"/>): a host calling compiled code in a
/// loop pays about a microsecond per call for the hand-over, not two thread wake-ups.
/// </summary>
public static class LargeStack
{
    /// <summary>The stack size of worker threads.</summary>
    public const int StackSize = 512 * 1024 * 1024;

    [ThreadStatic]
    private static bool onLargeStack;

    /// <summary>Whether the current thread is a large-stack thread (a worker, or one marked by <see cref="MarkCurrentThread"/>).</summary>
    public static bool IsCurrentThreadLarge => onLargeStack;

    /// <summary>How much of a large stack compiled code may use before "Stack overflow: recursion too deep".</summary>
    public const int CompiledCodeBudget = 32 * 1024 * 1024;

    /// <summary>Declares the current thread large (a host that created it with at least <see cref="StackSize"/> of stack, such as the CLI).</summary>
    public static void MarkCurrentThread()
    {
        onLargeStack = true;
        Runtime.StackGuard.SetBudget(CompiledCodeBudget);
    }

    /// <summary>
    /// Starts a worker ahead of the first <see cref="Run{T}"/> (when none is idle), which first runs
    /// <paramref name="warmUp"/> on its own thread: a Dynamic engine's constructor has the worker load Reflection.Emit
    /// while the caller parses and binds its first program. A warm-up that throws is ignored; it only loads code early.
    /// </summary>
    /// <returns>Whether a worker was started (none was idle, and this thread is not itself a large-stack thread).</returns>
    public static bool Prestart(Action? warmUp)
    {
        if (onLargeStack)
        {
            return false;
        }

        lock (Worker.Idle)
        {
            if (Worker.Idle.Count > 0)
            {
                return false;
            }

            Worker.Idle.Push(new Worker(warmUp));
            return true;
        }
    }

    public static T Run<T>(Func<T> action)
    {
        if (onLargeStack)
        {
            return action();
        }

        Worker? worker;
        lock (Worker.Idle)
        {
            worker = Worker.Idle.Count > 0 ? Worker.Idle.Pop() : null;
        }

        worker ??= new Worker();

        try
        {
            return worker.Run(action);
        }
        finally
        {
            lock (Worker.Idle)
            {
                Worker.Idle.Push(worker);
            }
        }
    }

    private sealed class Worker
    {
        /// <summary>Workers waiting for work; here rather than in LargeStack so marking a thread large does not create it (startup).</summary>
        /// <remarks>A stack under a lock, not a ConcurrentBag: the bag's first TryTake on an empty bag cost a fresh process 10 ms (Dynamic mode's first eval).</remarks>
        public static readonly Stack<Worker> Idle = new();

        private readonly Handoff _start = new();
        private readonly Handoff _done = new();

        /// <summary>How many calls this worker has run (only its caller of the moment reads and writes it).</summary>
        private int _served;
        private Action? _work;

        private Action? _warmUp;

        public Worker(Action? warmUp = null)
        {
            _warmUp = warmUp;
            var thread = new Thread(Loop, StackSize) { IsBackground = true, Name = "fluentc large stack" };
            thread.Start();
        }

        public T Run<T>(Func<T> action)
        {
            T result = default!;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo? error = null;
            _work = () =>
            {
                try
                {
                    result = action();
                }
                catch (Exception e)
                {
                    error = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                }
            };
            _start.Signal();
            _done.Wait(_served++ == 0 ? Handoff.ShortSpin : Handoff.ResultSpin); // a worker's first call: JIT work in the process, see Handoff
            _work = null;
            error?.Throw();
            return result;
        }

        private void Loop()
        {
            MarkCurrentThread();
            if (_warmUp is { } warmUp)
            {
                _warmUp = null;
                try
                {
                    warmUp();
                }
                catch (Exception)
                {
                    // Only loads code early: the work it prepares for reports its own errors.
                }
            }

            while (true)
            {
                _start.Wait(Handoff.ShortSpin);
                _work!();
                _done.Signal();
            }
        }
    }

    /// <summary>
    /// A one-way signal between the caller and a worker. The waiter spins for up to the time it is given
    /// before it blocks: a host that calls compiled code in a loop hands each call over in about a
    /// microsecond, where waking a blocked thread costs tens of microseconds (two per call). An idle worker
    /// waits for its next call only briefly (<see cref="ShortSpin"/>, 0.2 ms) and then blocks; a caller
    /// waits for the result longer (<see cref="ResultSpin"/>, 5 ms), since on a virtual machine the wake-up
    /// of a blocked caller took about 65 us (tail_loop, a 2.7 ms call: 2.79-2.88 ms from
    /// <c>FluentEngine.Call</c> with a 0.2 ms spin, 2.73 ms with 5 ms, as on a large-stack thread). A call
    /// longer than that blocks the caller after 5 ms of spinning that yields the processor (see
    /// <see cref="Wait"/>), at most 5% of a call of 0.1 s, and nothing for an idle engine. A worker's first
    /// call waits with the short spin: a fresh engine's first eval is JIT work on the worker while other
    /// threads of a starting process want the cores too, and the long spin cost it about 1 ms (Dynamic's
    /// cold first eval, paired runs: medians 22.1 against 20.9 ms).
    /// </summary>
    private sealed class Handoff
    {
        /// <summary>0.2 ms: a worker waiting for its next call.</summary>
        public static readonly long ShortSpin = System.Diagnostics.Stopwatch.Frequency / 5000;

        /// <summary>5 ms: a caller waiting for its call's result.</summary>
        public static readonly long ResultSpin = System.Diagnostics.Stopwatch.Frequency / 200;

        private readonly SemaphoreSlim _blocked = new(0);
        private int _signaled;
        private int _sleeping;

        public void Signal()
        {
            Volatile.Write(ref _signaled, 1);
            if (Interlocked.Exchange(ref _sleeping, 0) == 1)
            {
                _blocked.Release();
            }
        }

        public void Wait(long spinTicks)
        {
            long until = System.Diagnostics.Stopwatch.GetTimestamp() + spinTicks;
            var spinner = default(SpinWait);
            while (Volatile.Read(ref _signaled) == 0)
            {
                if (System.Diagnostics.Stopwatch.GetTimestamp() > until)
                {
                    Block();
                    break;
                }

                // Spins, and after a few rounds yields the processor between checks: on a busy machine the
                // thread this one waits for may need this core.
                spinner.SpinOnce(sleep1Threshold: -1);
            }

            _signaled = 0;
        }

        /// <summary>Blocks until signaled: either this side sees the signal after announcing itself, or the signaler sees the announcement and releases it (exactly one Release per announcement taken).</summary>
        private void Block()
        {
            Interlocked.Exchange(ref _sleeping, 1);
            if (Volatile.Read(ref _signaled) == 1 && Interlocked.Exchange(ref _sleeping, 0) == 1)
            {
                return; // signaled meanwhile, and the signaler did not take the announcement: no Release to consume
            }

            _blocked.Wait(); // released by the signaler (possibly already)
        }
    }
}
