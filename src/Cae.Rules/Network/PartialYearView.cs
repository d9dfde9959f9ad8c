using System;
using System.Collections.Generic;

namespace Cae.Rules.Network;

/// <summary>The cells of a year summed along the report's dimensions, each sum made once.</summary>
internal sealed class PartialYearView
{
    private readonly long[] total = new long[PartialYear.CellFields.Length];
    private readonly Dictionary<string, long[]> byStructure = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long[]> byEstablishment = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KeyValuePair<string, long[]>>> cellsOf = new(StringComparer.Ordinal);

    public PartialYearView(PartialYear year, SortedSet<string> structures, SortedSet<string> establishments)
    {
        Year = year;
        Structures = structures;
        Establishments = establishments;
        foreach (var cell in year.Cells)
        {
            Add(total, cell.Value);
            Add(Of(byStructure, cell.Key.Structure), cell.Value);
            Add(Of(byEstablishment, cell.Key.Establishment), cell.Value);
            if (!cellsOf.TryGetValue(cell.Key.Structure, out var cells))
            {
                cells = new List<KeyValuePair<string, long[]>>();
                cellsOf.Add(cell.Key.Structure, cells);
            }

            cells.Add(new KeyValuePair<string, long[]>(cell.Key.Establishment, cell.Value));
        }
    }

    public PartialYear Year { get; }

    public SortedSet<string> Structures { get; }

    public SortedSet<string> Establishments { get; }

    /// <summary>The counters of the cells of a structure and/or establishment (<c>null</c> for all).</summary>
    public long[] Sum(string? structure, string? establishment) => (structure, establishment) switch
    {
        (null, null) => total,
        (not null, null) => byStructure[structure],
        (null, not null) => byEstablishment[establishment],
        _ => Year.Cells.TryGetValue(new CellKey(structure!, establishment!), out var cell) ? cell : new long[PartialYear.CellFields.Length],
    };

    /// <summary>The cells of a structure, by establishment (ordinal).</summary>
    public IReadOnlyList<KeyValuePair<string, long[]>> CellsOf(string structure) => cellsOf[structure];

    private static long[] Of(Dictionary<string, long[]> sums, string name)
    {
        if (!sums.TryGetValue(name, out var sum))
        {
            sum = new long[PartialYear.CellFields.Length];
            sums.Add(name, sum);
        }

        return sum;
    }

    private static void Add(long[] into, long[] from)
    {
        for (var f = 0; f < into.Length; f++)
        {
            into[f] = checked(into[f] + from[f]);
        }
    }
}
