using System;
using System.Collections.Generic;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Rules.Data;

namespace Cae.Rules.Indicators;

/// <summary>
/// The group ids of the report: structures and establishments (the dataset's name ids), the structure ×
/// establishment cells (<c>structure × E + establishment</c>) and the reporting units, with the unit of
/// every cell resolved once so the row loop reads an array, never a dictionary.
/// </summary>
internal sealed class ReportGroups
{
    /// <summary>The most structure × establishment cells a report holds (its counters are dense over the cells).</summary>
    public const long MaxCells = 100_000;

    /// <summary>The most 64-bit words of distinct-person bits per slot and measure: (units + structures) × persons / 64.</summary>
    public const long MaxDistinctWords = 1L << 25;

    /// <exception cref="Domain.Errors.DomainRuleException">The data names more structures and establishments, or
    /// structures and persons, than a report holds (a file whose columns are shifted, say).</exception>
    public ReportGroups(CaeDataset data, ReportingUnitMap units)
    {
        StructureCount = data.Structures.Count;
        EstablishmentCount = data.Establishments.Count;
        if ((long)StructureCount * EstablishmentCount > MaxCells)
        {
            throw new Domain.Errors.DomainRuleException(
                "structure",
                FormattableString.Invariant($"{StructureCount} structures × {EstablishmentCount} establishments"),
                "a report holds at most 100 000 structure × establishment pairs (are the columns of the files in their place?)");
        }

        if ((long)(units.Units.Count + StructureCount) * ((data.PersonCount + 63L) / 64) > MaxDistinctWords)
        {
            throw new Domain.Errors.DomainRuleException(
                "structure",
                FormattableString.Invariant($"{StructureCount} structures for {data.PersonCount} persons"),
                "a report holds at most 2^31 structure × person pairs (are the columns of the files in their place?)");
        }

        CellCount = StructureCount * EstablishmentCount;
        UnitOfCell = new int[CellCount];
        var labels = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Intern(string label)
        {
            if (!ids.TryGetValue(label, out var id))
            {
                id = labels.Count;
                ids.Add(label, id);
                labels.Add(label);
            }

            return id;
        }

        // The policy's units first, in the policy's order, then the structures' own units.
        foreach (var unit in units.Units)
        {
            Intern(unit.Label);
        }

        var policyUnits = labels.Count;
        for (var s = 0; s < StructureCount; s++)
        {
            var structure = new Structure(data.Structures[s]);
            for (var e = 0; e < EstablishmentCount; e++)
            {
                UnitOfCell[(s * EstablishmentCount) + e] = Intern(units.LabelFor(structure, new Establishment(data.Establishments[e])));
            }
        }

        UnitLabels = labels.ToArray();
        UnitCount = UnitLabels.Length;
        var rest = new List<int>();
        for (var u = policyUnits; u < UnitCount; u++)
        {
            rest.Add(u);
        }

        rest.Sort((a, b) => string.CompareOrdinal(UnitLabels[a], UnitLabels[b]));
        var unitOrder = new List<int>();
        for (var u = 0; u < policyUnits; u++)
        {
            unitOrder.Add(u);
        }

        unitOrder.AddRange(rest);
        UnitOrder = unitOrder.ToArray();
        var namedStructures = new List<string>();
        var namedEstablishments = new List<string>();
        foreach (var unit in units.Units)
        {
            namedStructures.Add(unit.Structure.Name);
            if (unit.Establishment is { } e)
            {
                namedEstablishments.Add(e.Name);
            }
        }

        StructureOrder = Ordered(data.Structures, namedStructures);
        EstablishmentOrder = Ordered(data.Establishments, namedEstablishments);
        StructureNames = Copy(data.Structures);
        EstablishmentNames = Copy(data.Establishments);
    }

    public int StructureCount { get; }

    public int EstablishmentCount { get; }

    public int CellCount { get; }

    public int UnitCount { get; }

    /// <summary>The unit id of each structure × establishment cell.</summary>
    public int[] UnitOfCell { get; }

    public string[] UnitLabels { get; }

    public string[] StructureNames { get; }

    public string[] EstablishmentNames { get; }

    /// <summary>Unit ids in report order: the policy's units first, in its order, then the others by name.</summary>
    public int[] UnitOrder { get; }

    /// <summary>Structure ids in report order: those the policy's units name, in its order, then the others by name (ordinal).</summary>
    public int[] StructureOrder { get; }

    /// <summary>Establishment ids in report order: those the policy's units name, in its order, then the others by name (ordinal).</summary>
    public int[] EstablishmentOrder { get; }

    /// <summary>The ids of a table: the names the policy's units name first, in the policy's order, then the others by name.</summary>
    private static int[] Ordered(NameTable table, List<string> named)
    {
        var ids = new List<int>();
        foreach (var name in named)
        {
            var id = table.IdOf(name);
            if (id >= 0 && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        var rest = new List<int>();
        for (var i = 0; i < table.Count; i++)
        {
            if (!ids.Contains(i))
            {
                rest.Add(i);
            }
        }

        rest.Sort((a, b) => string.CompareOrdinal(table[a], table[b]));
        ids.AddRange(rest);
        return ids.ToArray();
    }

    private static string[] Copy(NameTable table)
    {
        var names = new string[table.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = table[i];
        }

        return names;
    }
}
