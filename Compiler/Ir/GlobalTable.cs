using FluentAI.Runtime.Compiled;
using FluentAI.Runtime.Builtins;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Ir;

/// <summary>The globals of one program (or one module): name to cell, with builtins as initial values.</summary>
public sealed class GlobalTable(BuiltinGuard? guard = null)
{
    /// <summary>Told when a builtin of this table is replaced; tables of one engine share it.</summary>
    public BuiltinGuard Guard { get; } = guard ?? new BuiltinGuard();

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
        int slot = RecentSlot(name);
        if (ReferenceEquals(_recentNames[slot], name))
        {
            return _recentCells[slot]!;
        }

        GlobalCell cell = Lookup(name);
        _recentNames[slot] = name;
        _recentCells[slot] = cell;
        return cell;
    }

    /// <summary>The cell for a name if the table has one; creates nothing.</summary>
    internal bool TryGet(string name, out GlobalCell cell)
    {
        int slot = RecentSlot(name);
        if (ReferenceEquals(_recentNames[slot], name))
        {
            cell = _recentCells[slot]!;
            return true;
        }

        if (_cells.TryGetValue(name, out GlobalCell? found))
        {
            _recentNames[slot] = name;
            _recentCells[slot] = found;
            cell = found;
            return true;
        }

        cell = null!;
        return false;
    }

    /// <summary>
    /// A cell as <see cref="Get"/> would create it for a name the table lacks, not yet in the table: a
    /// binder that may still give up holds it, and <see cref="Add"/>s it once the program is bound.
    /// </summary>
    internal static GlobalCell NewCell(string name, BuiltinGuard guard)
    {
        var cell = new GlobalCell(name, guard);
        cell.DefineInitialValue(); // builtins, and effect operations for unknown kind:op names
        return cell;
    }

    /// <summary>Adds a cell made by <see cref="NewCell"/> under its name, which the table must not have.</summary>
    internal void Add(GlobalCell cell) => _cells.Add(cell.Name, cell);

    private GlobalCell Lookup(string name)
    {
        if (!_cells.TryGetValue(name, out GlobalCell? cell))
        {
            cell = NewCell(name, Guard);
            _cells.Add(name, cell);
        }

        return cell;
    }

    // The weights keep the operators (one or two characters) in distinct slots.
    private static int RecentSlot(string name) =>
        name.Length == 0 ? 0 : ((name[0] * 25) + (name[^1] * 14) + name.Length) & (RecentSize - 1);

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
