namespace FluentAI.Compiler.Emit;

/// <summary>
/// The decorators every sink puts around its IL writers: the logging writer when listings are kept
/// (golden tests, <c>fluentc disasm --il</c>) and, in Debug builds, the verifying writer, whose checks
/// run when the sink finishes (<see cref="Complete"/>).
/// </summary>
internal sealed class WriterDecorators(bool keepListings)
{
    private readonly List<LoggingILWriter> _listings = [];
    private readonly List<VerifyingILWriter> _verifiers = [];

    /// <summary>The IL listing of every method, in the order they were defined (when listings are kept).</summary>
    public IEnumerable<string> Listings => _listings.Select(l => l.Listing);

    /// <summary>The writer the emitter gets for <paramref name="method"/>, around the sink's own <paramref name="writer"/>.</summary>
    public IILWriter Wrap(IILWriter writer, EmittedMethod method)
    {
        if (keepListings)
        {
            var logging = new LoggingILWriter(writer, method);
            _listings.Add(logging);
            writer = logging;
        }
#if DEBUG
        var verifying = new VerifyingILWriter(writer, method);
        _verifiers.Add(verifying);
        writer = verifying;
#endif
        return writer;
    }

    /// <summary>Runs the end-of-body checks of every verified method (labels marked, blocks closed).</summary>
    public void Complete()
    {
        foreach (VerifyingILWriter verifier in _verifiers)
        {
            verifier.Complete();
        }
    }
}
