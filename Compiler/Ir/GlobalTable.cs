namespace FluentAI.Compiler.Ir;

/// <summary>The globals of one program (or one module): name to cell, with builtins as initial values.</summary>
public sealed class GlobalTable
{
    private const int RecentSize = 32;
    private readonly Dictionary<string, GlobalCell> _cells = new(StringComparer.Ordinal);

    // Recent lookups keyed by the name's string object: the parser interns names, so the same name in
    // the same or a later source is usually the same string, and this skips hashing it.
    // The key is kept apart from the cell: an imported alias's cell carries its module's name.
    private readonly string?[] _recentNames = new string?[RecentSize];
    private readonly GlobalCell?[] _recentCells = new GlobalCell?[RecentSize];

    /// <summary>The cell for a name, created on first use (defined at once when a builtin has that name).</summary>
    public GlobalCell Get(string name)
    {
        int slot = name.Length == 0 ? 0 : (name[0] * 31 + name.Length + name[^1]) & (RecentSize - 1);
        if (ReferenceEquals(_recentNames[slot], name))
        {
            return _recentCells[slot]!;
        }

        GlobalCell cell = Lookup(name);
        _recentNames[slot] = name;
        _recentCells[slot] = cell;
        return cell;
    }

    private GlobalCell Lookup(string name)
    {
        if (!_cells.TryGetValue(name, out GlobalCell? cell))
        {
            cell = new GlobalCell(name);
            cell.DefineInitialValue(); // builtins, and effect operations for unknown kind:op names
            _cells.Add(name, cell);
        }

        return cell;
    }

    /// <summary>Makes <paramref name="name"/> an alias of another table's cell (imports).</summary>
    public void Alias(string name, GlobalCell cell)
    {
        _cells[name] = cell;
        Array.Clear(_recentNames);
        Array.Clear(_recentCells);
    }

    public bool TryGetDefined(string name, out GlobalCell cell)
    {
        if (_cells.TryGetValue(name, out GlobalCell? found) && found.IsDefined)
        {
            cell = found;
            return true;
        }

        cell = null!;
        return false;
    }
}
