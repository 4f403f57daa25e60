namespace FluentAI.Runtime.Compiled;

/// <summary>
/// A cell of an integer list that lives in a frame of typed code, not on the heap: the other form of
/// <see cref="IntegerCell"/>, chosen by the compiler (<c>IntegerListAnalysis</c>) for a group of typed
/// functions when every list they cons is used only while the call it is passed to runs. Such a list is an
/// <c>IntegerNode*</c> in typed code, null when empty, and never leaves typed code.
/// <para>
/// <c>(cons row placed)</c> passed to a call that returns an integer writes its two fields into a local
/// of the calling method and passes that local's address: no allocation, no zeroing, no collection. The
/// cell is dead when the call returns, and nothing can still see it then: an integer list is never a
/// result, a field, a captured variable or an argument of anything but typed code. A list from other
/// code is taken in whole as an array of nodes that a pinned local of the entering method holds
/// (<see cref="IntegerLists.EnterNodes"/>, <see cref="IntegerLists.Link"/>).
/// </para>
/// </summary>
public unsafe struct IntegerNode
{
    public long Head;

    /// <summary>The next node; null at the end of the list.</summary>
    public IntegerNode* Next;
}
