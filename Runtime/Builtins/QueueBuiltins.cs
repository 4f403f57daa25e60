using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Builtins;

/// <summary>Queues are plain lists, front first: <c>queue-new queue-enqueue queue-dequeue queue-peek queue-empty?</c>.</summary>
internal static class QueueBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("queue-new", 0, _ => FluentList.Empty);
        t.Add("queue-enqueue", 2, a => ListBuiltins.Concat(Arg.List(a[0]), FluentList.Cons(a[1], FluentList.Empty)));
        t.Add("queue-dequeue", 1, a => Dequeue(Arg.List(a[0])));
        t.Add("queue-peek", 1, a => NonEmpty(Arg.List(a[0])).Head);
        t.Add("queue-empty?", 1, a => RuntimeOps.Bool(Arg.List(a[0]).IsEmpty));
    }

    private static FluentList NonEmpty(FluentList queue) => queue.IsEmpty ? throw RuntimeErrors.EmptyList() : queue;

    // A tuple of the front element and the rest of the queue.
    private static FluentTuple Dequeue(FluentList queue) => new([NonEmpty(queue).Head, queue.Tail]);
}
