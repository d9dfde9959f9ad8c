using System.Collections.Generic;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Indicators;
using NodaTime;

namespace Cae.Rules.Network;

/// <summary>
/// Turns one year (slot) of a <see cref="ReportAccumulator"/> into a <see cref="PartialYear"/>: the cells' counters
/// by name, the units' sums, the distinct-people bits counted per unit and structure, the outcomes under the
/// policy's sets, the hours by the policy's FTE hours and the policy's budget.
/// </summary>
internal static class PartialCounters
{
    /// <summary>The counters of one slot (Y or Y − 1) of an accumulator.</summary>
    public static PartialYear Of(ReportAccumulator accumulator, int slot) =>
        Of(new SlotCounters(accumulator.Engine, accumulator.PersonCells, accumulator.RowCells, accumulator.DurationMonths, accumulator.Genders, accumulator.TypologyCounts, accumulator.DistinctCount), slot, accumulator.Year - slot);

    /// <summary>The counters of one slot of counter arrays laid out as an accumulator's, for a year.</summary>
    public static PartialYear Of(SlotCounters a, int slot, int year)
    {
        var groups = a.Engine.Groups;
        var policy = a.Engine.Policy;
        var cellCount = groups.CellCount;
        var cells = new SortedDictionary<CellKey, long[]>();
        var units = new long[groups.UnitCount][];
        var structureRows = new long[groups.StructureCount];
        var byCategory = new long[ExitCategory.Count];
        for (var cell = 0; cell < cellCount; cell++)
        {
            var counters = new long[PartialYear.CellFields.Length];
            var any = false;
            var personAt = ((slot * cellCount) + cell) * ReportAccumulator.PersonFields;
            for (var f = 0; f < ReportAccumulator.PersonFields; f++)
            {
                counters[f] = a.PersonCells[personAt + f];
                any |= counters[f] != 0;
            }

            for (var c = 0; c < ExitCategory.Count; c++)
            {
                byCategory[c] += counters[PartialYear.ExitsByCategory + c];
            }

            var rowAt = ((slot * cellCount) + cell) * ReportAccumulator.RowFields;
            for (var f = 0; f < ReportAccumulator.RowFields; f++)
            {
                counters[PartialYear.CellRows + f] = a.RowCells[rowAt + f];
                any |= counters[PartialYear.CellRows + f] != 0;
            }

            var rows = a.RowCells[rowAt + ReportAccumulator.Rows];
            structureRows[cell / groups.EstablishmentCount] += rows;
            var unit = groups.UnitOfCell[cell];
            var u = units[unit] ??= new long[PartialYear.UnitFields.Length];
            u[PartialYear.UnitTurnoverAccompanied] += a.RowCells[rowAt + ReportAccumulator.TurnoverAccompanied];
            u[PartialYear.UnitTurnoverAssociates] += a.RowCells[rowAt + ReportAccumulator.TurnoverAssociates];
            u[PartialYear.UnitHours] += a.RowCells[rowAt + ReportAccumulator.HoursAccompanied];
            u[PartialYear.UnitRows] += rows;
            if (any)
            {
                cells.Add(new CellKey(groups.StructureNames[cell / groups.EstablishmentCount], groups.EstablishmentNames[cell % groups.EstablishmentCount]), counters);
            }
        }

        var fteBase = FteHours(policy, year);
        var unitTable = PartialYear.Names<long[]>();
        var fte = PartialYear.Names<SortedDictionary<decimal, long>>();
        for (var unit = 0; unit < groups.UnitCount; unit++)
        {
            var u = units[unit];
            if (u is null || u[PartialYear.UnitRows] == 0)
            {
                continue;
            }

            u[PartialYear.UnitSalaried] = a.Distinct(slot, ReportAccumulator.SalariedMeasure, unit);
            u[PartialYear.UnitAssociates] = a.Distinct(slot, ReportAccumulator.AssociatesMeasure, unit);
            unitTable.Add(groups.UnitLabels[unit], u);
            if (u[PartialYear.UnitHours] != 0)
            {
                fte.Add(groups.UnitLabels[unit], new SortedDictionary<decimal, long> { [fteBase] = u[PartialYear.UnitHours] });
            }
        }

        var structures = PartialYear.Names<long[]>();
        for (var s = 0; s < groups.StructureCount; s++)
        {
            if (structureRows[s] != 0)
            {
                structures.Add(groups.StructureNames[s], new[]
                {
                    a.Distinct(slot, ReportAccumulator.SalariedMeasure, groups.UnitCount + s),
                    a.Distinct(slot, ReportAccumulator.AssociatesMeasure, groups.UnitCount + s),
                });
            }
        }

        var totals = new long[PartialYear.TotalFields.Length];
        for (var c = 0; c < ExitCategory.Count; c++)
        {
            totals[PartialYear.DurationMonths + c] = a.DurationMonths[(slot * ExitCategory.Count) + c];
            totals[PartialYear.Positive] += policy.PositiveExits.ContainsValue(c) ? byCategory[c] : 0;
            totals[PartialYear.Perennial] += policy.PerennialExits.ContainsValue(c) ? byCategory[c] : 0;
        }

        totals[PartialYear.Women] = a.Genders[(slot * 3) + (int)Gender.Female];
        totals[PartialYear.Men] = a.Genders[(slot * 3) + (int)Gender.Male];
        return new PartialYear(
            year,
            cells,
            unitTable,
            structures,
            totals,
            Typology(a, slot),
            fte,
            policy.SupportBudget.TryGetValue(year, out var budget) ? budget : (Money?)null);
    }

    /// <summary>The policy's annual FTE hours in force on 1 January of a year (its first value before any).</summary>
    public static decimal FteHours(CaePolicy policy, int year)
    {
        var parameter = policy.FteAnnualHours;
        return (parameter.TryEntryOn(new LocalDate(year, 1, 1), out var entry) ? entry!.Value : parameter.Values[0].Value).Value;
    }

    private static SortedDictionary<string, long>[] Typology(SlotCounters a, int slot)
    {
        var names = a.Engine.Data.Typology;
        var typology = PartialYear.NewTypology();
        for (var field = 0; field < typology.Length; field++)
        {
            var start = ((slot * ReportAccumulator.TypologyFields) + field) * names.Count;
            for (var id = 0; id < names.Count; id++)
            {
                var count = a.TypologyCounts[start + id];
                if (count != 0)
                {
                    var name = id == 0 ? TypologySection.Unknown : names[id];
                    typology[field][name] = (typology[field].TryGetValue(name, out var c) ? c : 0) + count;
                }
            }
        }

        return typology;
    }
}

/// <summary>
/// Counter arrays laid out as a <see cref="ReportAccumulator"/>'s, slot by slot: person counters per cell, row
/// counters per cell, months of path by category, genders, typology counts, and the distinct people of a slot,
/// measure and group.
/// </summary>
internal sealed class SlotCounters
{
    public SlotCounters(AnnualReportEngine engine, long[] personCells, long[] rowCells, long[] durationMonths, long[] genders, long[] typologyCounts, System.Func<int, int, int, long> distinct)
    {
        Engine = engine;
        PersonCells = personCells;
        RowCells = rowCells;
        DurationMonths = durationMonths;
        Genders = genders;
        TypologyCounts = typologyCounts;
        Distinct = distinct;
    }

    public AnnualReportEngine Engine { get; }

    public long[] PersonCells { get; }

    public long[] RowCells { get; }

    public long[] DurationMonths { get; }

    public long[] Genders { get; }

    public long[] TypologyCounts { get; }

    /// <summary>The distinct people of a slot, measure (salaried, associates) and group (unit, or U + structure).</summary>
    public System.Func<int, int, int, long> Distinct { get; }
}
