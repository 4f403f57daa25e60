using FluentAI.Runtime.Values;

namespace FluentAI.Runtime.Compiled;

/// <summary>
/// The list parameter of a typed loop that the loop only conses onto and finally returns (<c>AccumulatorAnalysis</c>):
/// <c>(numbers (- i 1) (cons (to-string i) acc))</c>. No one sees the lists in between, so typed code keeps the
/// elements in one array, filled from its end towards its start (the newest element is the head), instead of
/// a cell per element; the list is made once, where the loop returns it: a run over the array when the
/// loop started from the empty list, else cells consed onto the list it started from.
/// <para>
/// One accumulator per entry into the loop. Pushing writes only below the elements a made list covers, so a
/// list made earlier never changes. An array holds at most 8,192 elements; past that the full array becomes
/// the end of the list and the later elements are consed onto it as cells when the list is made.
/// </para>
/// </summary>
public sealed class ListAccumulator
{
    private const int FirstCapacity = 8;

    /// <summary>
    /// The most elements one array holds: 8,192 references, 64 KB, below the large object heap's 85,000
    /// bytes (an array there is collected only with the whole heap, and allocating it brings that on).
    /// </summary>
    private const int MostInArray = 8192;

    private FluentList _initial;
    private object?[] _items = [];
    private int _start;

    private ListAccumulator(FluentList initial) => _initial = initial;

    /// <summary>Entering the loop with <paramref name="initial"/> as the parameter's list.</summary>
    public static ListAccumulator Start(FluentList initial) => new(initial);

    /// <summary><c>(cons item acc)</c> passed on as the loop's next list.</summary>
    public static ListAccumulator Push(ListAccumulator accumulator, object? item)
    {
        if (accumulator._start == 0)
        {
            accumulator.Grow();
        }

        accumulator._items[--accumulator._start] = item;
        return accumulator;
    }

    /// <summary>The list the parameter stands for: every pushed element, newest first, then the list the loop started from.</summary>
    public static FluentList ToList(ListAccumulator accumulator) => accumulator.List();

    private FluentList List()
    {
        int count = _items.Length - _start;
        if (count == 0)
        {
            return _initial;
        }

        if (_initial.IsEmpty)
        {
            return FluentList.Run(_items, _start, count);
        }

        FluentList result = _initial;
        for (int i = _items.Length - 1; i >= _start; i--)
        {
            result = FluentList.Cons(_items[i], result);
        }

        return result;
    }

    private void Grow()
    {
        int count = _items.Length;
        if (count == MostInArray)
        {
            // A full array becomes the list the rest is consed onto (a run when it is the end of the list),
            // and the next elements start a new array.
            _initial = List();
            _items = new object?[MostInArray];
            _start = MostInArray;
            return;
        }

        int size = count == 0 ? FirstCapacity : count * 2;
        var grown = new object?[size];
        Array.Copy(_items, 0, grown, size - count, count);
        _items = grown;
        _start = size - count;
    }
}
