using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Effects;

/// <summary>
/// The state of one program run: output and input, the <c>state</c> store, <c>error:catch</c> handlers,
/// the random generator and the chain of <c>handler</c> frames. Builtins reach it through the ambient
/// <see cref="Current"/>; an engine sets <see cref="Current"/> on the thread that runs code and restores
/// the previous value afterwards.
/// </summary>
public sealed class FluentContext
{
    [ThreadStatic]
    private static FluentContext? current;

    private readonly Dictionary<string, FunctionValue> catchHandlers = new(StringComparer.Ordinal);

    private TextWriter? output;
    private TextReader? input;
    private Random? random;

    public FluentContext(TextWriter output, TextReader input)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(input);
        this.output = output;
        this.input = input;
    }

    /// <summary>
    /// A context over the console: <see cref="Console.Out"/> and <see cref="Console.In"/>, each looked up on first use
    /// (setting up the console's reader and writer costs milliseconds at startup; most programs never read).
    /// </summary>
    public FluentContext()
    {
    }

    /// <summary>The context of this thread; created on first use over the console (<see cref="FluentContext()"/>).</summary>
    public static FluentContext Current
    {
        get => current ??= new FluentContext();
        set => current = value;
    }

    /// <summary>The context of this thread without creating one: hosts save and restore it around a call.</summary>
    public static FluentContext? CurrentOrNull
    {
        get => current;
        set => current = value;
    }

    public TextWriter Out
    {
        get => output ??= Console.Out;
        set => output = value;
    }

    public TextReader In
    {
        get => input ??= Console.In;
        set => input = value;
    }

    public StateStore State { get; } = new();

    /// <summary>The generator of the <c>random</c> effect; replace it for reproducible runs.</summary>
    public Random Random
    {
        get => random ??= new Random(); // seeded from the OS on first use, not at every engine's start
        set => random = value;
    }

    /// <summary>The innermost handler frame, or null. Engines set it on entering and leaving a <c>handler</c> form.</summary>
    public HandlerFrame? Handlers { get; set; }

    /// <summary>The handlers installed by <c>error:catch</c>, by error type.</summary>
    public IReadOnlyDictionary<string, FunctionValue> CatchHandlers => catchHandlers;

    /// <summary>Installs <paramref name="frame"/> as the innermost frame; returns the frame it replaces (restore it afterwards).</summary>
    public HandlerFrame? PushHandlers(HandlerFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var previous = Handlers;
        Handlers = frame;
        return previous;
    }

    /// <summary>Builds a frame over the current one and installs it; returns the frame it replaces.</summary>
    public HandlerFrame? PushHandlers(IReadOnlyDictionary<string, FunctionValue> entries) =>
        PushHandlers(new HandlerFrame(entries, Handlers));

    /// <summary>The innermost frame with an <c>error</c> entry, or null.</summary>
    public HandlerFrame? FindErrorFrame()
    {
        for (var frame = Handlers; frame is not null; frame = frame.Parent)
        {
            if (frame.ErrorHandler is not null)
            {
                return frame;
            }
        }

        return null;
    }

    /// <summary><c>error:catch</c>: installs <paramref name="handler"/> for errors of <paramref name="type"/> for the rest of the run.</summary>
    public void SetCatchHandler(string type, FunctionValue handler)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(handler);
        catchHandlers[type] = handler;
    }

    /// <summary>
    /// The <c>error:catch</c> half of error handling, for an engine that caught <paramref name="ex"/> where no
    /// handler frame is in the way: false when a frame with an <c>error</c> entry exists (the engine must
    /// unwind to it), else, when an <c>error:catch</c> handler for the error's type exists, calls it with the
    /// error value and returns its result; otherwise false (the error stops the program).
    /// </summary>
    public bool TryRecover(FluentException ex, out object? value)
    {
        ArgumentNullException.ThrowIfNull(ex);
        value = null;
        if (FindErrorFrame() is not null)
        {
            return false;
        }

        // A stack overflow is not resumed: the handler would need the stack that ran out, and where
        // the deepest call gave up differs between engines. A handler form's error entry, which
        // unwinds first, still takes it.
        if (ex.Error.Type == ErrorTypes.StackOverflow)
        {
            return false;
        }

        if (!catchHandlers.TryGetValue(ex.Error.Type, out var handler))
        {
            return false;
        }

        value = handler.Invoke(ex.Error);
        return true;
    }
}
