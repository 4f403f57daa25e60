using System.Collections.Concurrent;

namespace FluentAI.Compiler.Hosting;

/// <summary>
/// Runs compiled (IL) code on threads with a large stack, so FluentAI recursion that lives on the CLR
/// stack reaches deep (non-tail depth 100,000 and more) before the stack guard raises
/// "Stack overflow: recursion too deep". Code already on such a thread runs inline; otherwise it is
/// handed to an idle worker (workers are created on demand and kept for reuse).
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

    public static T Run<T>(Func<T> action)
    {
        if (onLargeStack)
        {
            return action();
        }

        if (!Worker.Idle.TryTake(out Worker? worker))
        {
            worker = new Worker();
        }

        try
        {
            return worker.Run(action);
        }
        finally
        {
            Worker.Idle.Add(worker);
        }
    }

    private sealed class Worker
    {
        /// <summary>Workers waiting for work; here rather than in LargeStack so marking a thread large does not create it (startup).</summary>
        public static readonly ConcurrentBag<Worker> Idle = [];

        private readonly SemaphoreSlim _start = new(0);
        private readonly SemaphoreSlim _done = new(0);
        private Action? _work;

        public Worker()
        {
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
            _start.Release();
            _done.Wait();
            _work = null;
            error?.Throw();
            return result;
        }

        private void Loop()
        {
            MarkCurrentThread();
            while (true)
            {
                _start.Wait();
                _work!();
                _done.Release();
            }
        }
    }
}
