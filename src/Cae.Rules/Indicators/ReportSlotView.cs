using System;

namespace Cae.Rules.Indicators;

/// <summary>
/// Sums of one slot's cells along the report's dimensions, made in one pass over the cells (a table of
/// S structures × E establishments then costs S × E, not (S × E)²).
/// </summary>
internal sealed class ReportSlotView
{
    private readonly long[] personByStructure;
    private readonly long[] personByEstablishment;
    private readonly long[] personTotal;
    private readonly decimal[] rowByStructure;
    private readonly decimal[] rowByEstablishment;
    private readonly decimal[] rowByUnit;
    private readonly decimal[] rowTotal;

    public ReportSlotView(ReportAccumulator accumulator, int slot)
    {
        Accumulator = accumulator;
        Slot = slot;
        Groups = accumulator.Engine.Groups;
        Salaried = new ReportDistinctCounts(accumulator, slot, ReportLayout.SalariedMeasure);
        Associates = new ReportDistinctCounts(accumulator, slot, ReportLayout.AssociatesMeasure);
        const int pf = ReportLayout.PersonFields, rf = ReportLayout.RowFields;
        var g = Groups;
        personByStructure = new long[g.StructureCount * pf];
        personByEstablishment = new long[g.EstablishmentCount * pf];
        personTotal = new long[pf];
        rowByStructure = new decimal[g.StructureCount * rf];
        rowByEstablishment = new decimal[g.EstablishmentCount * rf];
        rowByUnit = new decimal[g.UnitCount * rf];
        rowTotal = new decimal[rf];
        var people = accumulator.PersonCells;
        for (var cell = 0; cell < g.CellCount; cell++)
        {
            int s = cell / g.EstablishmentCount, e = cell % g.EstablishmentCount, u = g.UnitOfCell[cell];
            var personAt = ((slot * g.CellCount) + cell) * pf;
            for (var f = 0; f < pf; f++)
            {
                var value = people[personAt + f];
                personByStructure[(s * pf) + f] += value;
                personByEstablishment[(e * pf) + f] += value;
                personTotal[f] += value;
            }

            var rowAt = ((slot * g.CellCount) + cell) * rf;
            for (var f = 0; f < rf; f++)
            {
                var value = accumulator.RowValue(rowAt + f);
                if (value == 0m)
                {
                    continue;
                }

                rowByStructure[(s * rf) + f] += value;
                rowByEstablishment[(e * rf) + f] += value;
                rowByUnit[(u * rf) + f] += value;
                rowTotal[f] += value;
            }
        }
    }

    public ReportAccumulator Accumulator { get; }

    public int Slot { get; }

    public ReportGroups Groups { get; }

    public ReportDistinctCounts Salaried { get; }

    public ReportDistinctCounts Associates { get; }

    /// <summary>Person counters summed over the cells of a structure and/or establishment (−1 for all).</summary>
    public long[] PersonSum(int structure, int establishment)
    {
        const int pf = ReportLayout.PersonFields;
        if (structure >= 0 && establishment >= 0)
        {
            var sum = new long[pf];
            Array.Copy(Accumulator.PersonCells, ((Slot * Groups.CellCount) + (structure * Groups.EstablishmentCount) + establishment) * pf, sum, 0, pf);
            return sum;
        }

        return structure >= 0 ? Slice(personByStructure, structure, pf)
            : establishment >= 0 ? Slice(personByEstablishment, establishment, pf)
            : (long[])personTotal.Clone();
    }

    /// <summary>Row counters (128-bit, as decimals) summed over the cells of a structure and/or establishment (−1 for all).</summary>
    public decimal[] RowSum(int structure, int establishment)
    {
        const int rf = ReportLayout.RowFields;
        if (structure >= 0 && establishment >= 0)
        {
            var sum = new decimal[rf];
            var at = ((Slot * Groups.CellCount) + (structure * Groups.EstablishmentCount) + establishment) * rf;
            for (var f = 0; f < rf; f++)
            {
                sum[f] = Accumulator.RowValue(at + f);
            }

            return sum;
        }

        return structure >= 0 ? Slice(rowByStructure, structure, rf)
            : establishment >= 0 ? Slice(rowByEstablishment, establishment, rf)
            : (decimal[])rowTotal.Clone();
    }

    /// <summary>Row counters (128-bit, as decimals) summed over the cells of a reporting unit.</summary>
    public decimal[] UnitSum(int unit) => Slice(rowByUnit, unit, ReportLayout.RowFields);

    private static T[] Slice<T>(T[] sums, int group, int fields)
    {
        var slice = new T[fields];
        Array.Copy(sums, group * fields, slice, 0, fields);
        return slice;
    }
}
