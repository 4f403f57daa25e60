namespace FluentAI.Runtime.Errors;

/// <summary>
/// Unwinds a tentative run (see <c>StackGuard.BeginTentative</c>) that needs more stack than its thread
/// gives it, or would leave pure typed code: the host reruns the call on a large-stack thread. Not a
/// FluentAI error, so no FluentAI handler sees it.
/// </summary>
public sealed class NeedsLargeStackException() : Exception("The call needs a large stack.");
