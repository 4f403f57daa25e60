using FluentAI.Runtime.Builtins;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Values;

namespace FluentAI.Compiler.Ir;

/// <summary>The globals of one program (or one module): name to cell, with builtins as initial values.</summary>
public sealed class GlobalTable
{
    private readonly Dictionary<string, GlobalCell> _cells = new(StringComparer.Ordinal);

    /// <summary>The cell for a name, created on first use (defined at once when a builtin has that name).</summary>
    public GlobalCell Get(string name)
    {
        if (!_cells.TryGetValue(name, out GlobalCell? cell))
        {
            cell = new GlobalCell(name);
            if (BuiltinRegistry.TryGet(name, out FunctionValue? builtin))
            {
                cell.DefineBuiltin(builtin);
            }
            else if (name.IndexOf(':', StringComparison.Ordinal) > 0)
            {
                // kind:op names that no builtin implements are effect operations (LANGUAGE.md §7).
                cell.Define(new EffectOperation(name));
            }

            _cells.Add(name, cell);
        }

        return cell;
    }

    /// <summary>Makes <paramref name="name"/> an alias of another table's cell (imports).</summary>
    public void Alias(string name, GlobalCell cell) => _cells[name] = cell;

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
