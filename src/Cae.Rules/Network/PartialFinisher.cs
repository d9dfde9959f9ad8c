using System;
using System.Collections.Generic;
using Cae.Domain.Values;
using Cae.Rules.Indicators;

namespace Cae.Rules.Network;

/// <summary>
/// Turns the counters of a <see cref="PartialYear"/> into an <see cref="AnnualReport"/>, the way
/// <c>ReportFinisher</c> does for an accumulator: sums the cells into totals, establishments and structures,
/// divides and rounds once (<see cref="ReportRounding"/>). Groups are listed by name (ordinal); a group is listed
/// in the person tables when it has an accompanied person, in the activity tables when it has an activity row.
/// </summary>
internal static partial class PartialFinisher
{
    public static AnnualReport Finish(PartialYear y, InputSummary input, AnnualReport? previous)
    {
        var structures = new SortedSet<string>(StringComparer.Ordinal);
        var establishments = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in y.Cells.Keys)
        {
            structures.Add(key.Structure);
            establishments.Add(key.Establishment);
        }

        var view = new PartialYearView(y, structures, establishments);
        return new AnnualReport(
            y.Year,
            Flows(view),
            Exits(view),
            Durations(view),
            Turnover(view),
            Salary(view),
            Contributions(view),
            Typology(y),
            y.SupportBudget,
            input,
            previous);
    }

    private static FlowSection Flows(PartialYearView v)
    {
        var byEstablishment = new List<KeyValuePair<string, FlowCounts>>();
        foreach (var e in v.Establishments)
        {
            var f = FlowOf(v.Sum(null, e));
            if (f.Accompanied > 0)
            {
                byEstablishment.Add(Row(e, f));
            }
        }

        var byStructure = new List<KeyValuePair<string, FlowCounts>>();
        var byCell = new List<KeyValuePair<string, GroupTable<FlowCounts>>>();
        foreach (var s in v.Structures)
        {
            var f = FlowOf(v.Sum(s, null));
            if (f.Accompanied == 0)
            {
                continue;
            }

            byStructure.Add(Row(s, f));
            var cells = new List<KeyValuePair<string, FlowCounts>>();
            foreach (var cell in v.CellsOf(s))
            {
                var c = FlowOf(cell.Value);
                if (c.Accompanied > 0)
                {
                    cells.Add(Row(cell.Key, c));
                }
            }

            byCell.Add(Row(s, new GroupTable<FlowCounts>(cells)));
        }

        return new FlowSection(FlowOf(v.Sum(null, null)), new GroupTable<FlowCounts>(byEstablishment), new GroupTable<FlowCounts>(byStructure), new GroupTable<GroupTable<FlowCounts>>(byCell));
    }

    private static ExitSection Exits(PartialYearView v)
    {
        var byEstablishment = new List<KeyValuePair<string, ExitCounts>>();
        foreach (var e in v.Establishments)
        {
            var sum = v.Sum(null, e);
            if (sum[PartialYear.PresentStart] + sum[PartialYear.Entries] > 0)
            {
                byEstablishment.Add(Row(e, ExitsOf(sum)));
            }
        }

        var byStructure = new List<KeyValuePair<string, ExitCounts>>();
        foreach (var s in v.Structures)
        {
            var sum = v.Sum(s, null);
            if (sum[PartialYear.PresentStart] + sum[PartialYear.Entries] > 0)
            {
                byStructure.Add(Row(s, ExitsOf(sum)));
            }
        }

        var total = ExitsOf(v.Sum(null, null));
        var positive = v.Year.Totals[PartialYear.Positive];
        var perennial = v.Year.Totals[PartialYear.Perennial];
        return ExitSection.FromCounts(total, new GroupTable<ExitCounts>(byEstablishment), new GroupTable<ExitCounts>(byStructure), positive, perennial);
    }

    private static DurationSection Durations(PartialYearView v)
    {
        return DurationSection.FromMonths(ExitsOf(v.Sum(null, null)), c => v.Year.Totals[PartialYear.DurationMonths + c]);
    }

    private static TurnoverSection Turnover(PartialYearView v)
    {
        var byUnit = new List<KeyValuePair<string, UnitTurnover>>();
        long associates = 0, accompanied = 0;
        foreach (var unit in v.Year.Units)
        {
            var u = unit.Value;
            associates = checked(associates + u[PartialYear.UnitTurnoverAssociates]);
            accompanied = checked(accompanied + u[PartialYear.UnitTurnoverAccompanied]);
            if (u[PartialYear.UnitRows] > 0)
            {
                byUnit.Add(Row(unit.Key, new UnitTurnover(
                    Money.FromCents(u[PartialYear.UnitTurnoverAssociates]),
                    Money.FromCents(u[PartialYear.UnitTurnoverAccompanied]),
                    u[PartialYear.UnitSalaried],
                    u[PartialYear.UnitAssociates])));
            }
        }

        var byStructure = new List<KeyValuePair<string, UnitTurnover>>();
        foreach (var s in v.Structures)
        {
            var sum = v.Sum(s, null);
            if (sum[PartialYear.Rows] > 0)
            {
                var distinct = v.Year.Structures.TryGetValue(s, out var d) ? d : new long[2];
                byStructure.Add(Row(s, new UnitTurnover(Money.FromCents(sum[PartialYear.TurnoverAssociates]), Money.FromCents(sum[PartialYear.TurnoverAccompanied]), distinct[0], distinct[1])));
            }
        }

        return new TurnoverSection(
            Money.FromCents(checked(associates + accompanied)),
            Money.FromCents(associates),
            Money.FromCents(accompanied),
            new GroupTable<UnitTurnover>(byUnit),
            new GroupTable<UnitTurnover>(byStructure));
    }

    private static SalarySection Salary(PartialYearView v)
    {
        var byUnit = new List<KeyValuePair<string, UnitSalary>>();
        long salaried = 0, hours = 0;
        var hoursByBase = new SortedDictionary<decimal, long>();
        foreach (var unit in v.Year.Units)
        {
            var u = unit.Value;
            if (u[PartialYear.UnitRows] == 0)
            {
                continue;
            }

            salaried = checked(salaried + u[PartialYear.UnitSalaried]);
            hours = checked(hours + u[PartialYear.UnitHours]);
            var bases = v.Year.FteHours.TryGetValue(unit.Key, out var b) ? b : new SortedDictionary<decimal, long>();
            foreach (var entry in bases)
            {
                hoursByBase[entry.Key] = checked((hoursByBase.TryGetValue(entry.Key, out var h) ? h : 0) + entry.Value);
            }

            byUnit.Add(Row(unit.Key, SalaryOf(u[PartialYear.UnitSalaried], u[PartialYear.UnitHours], bases)));
        }

        return new SalarySection(SalaryOf(salaried, hours, hoursByBase), new GroupTable<UnitSalary>(byUnit));
    }

    /// <summary>
    /// A unit's salary figures: FTE = Σ hours / annual FTE hours over the FTE hours the hours were counted under,
    /// rounded once (one term for the units of one CAE, where it is the report's own figure).
    /// </summary>
    private static UnitSalary SalaryOf(long salaried, long hundredths, SortedDictionary<decimal, long> hoursByBase)
    {
        var fte = 0m;
        foreach (var entry in hoursByBase)
        {
            fte += entry.Value / 100m / entry.Key;
        }

        return new UnitSalary(
            salaried,
            Hours.FromHundredths(hundredths),
            hoursByBase.Count == 0 ? 0m : ReportRounding.Average(fte, 1m) ?? 0m,
            ReportRounding.Average(hundredths / 100m, salaried * 12m));
    }

    private static ContributionSection Contributions(PartialYearView v)
    {
        long total = 0;
        var byStructure = new List<KeyValuePair<string, Money>>();
        var shares = new List<KeyValuePair<string, decimal?>>();
        var byCell = new List<KeyValuePair<string, GroupTable<Money>>>();
        foreach (var s in v.Structures)
        {
            var sum = v.Sum(s, null);
            if (sum[PartialYear.Rows] == 0)
            {
                continue;
            }

            var all = ContributionOf(sum);
            total = checked(total + all);
            byStructure.Add(Row(s, Money.FromCents(all)));
            shares.Add(Row(s, ReportRounding.Rate(sum[PartialYear.ContributionsAssociates], all)));
            var cells = new List<KeyValuePair<string, Money>>();
            foreach (var cell in v.CellsOf(s))
            {
                if (cell.Value[PartialYear.Rows] > 0)
                {
                    cells.Add(Row(cell.Key, Money.FromCents(ContributionOf(cell.Value))));
                }
            }

            byCell.Add(Row(s, new GroupTable<Money>(cells)));
        }

        var byEstablishment = new List<KeyValuePair<string, Money>>();
        foreach (var e in v.Establishments)
        {
            var sum = v.Sum(null, e);
            if (sum[PartialYear.Rows] > 0)
            {
                byEstablishment.Add(Row(e, Money.FromCents(ContributionOf(sum))));
            }
        }

        return new ContributionSection(
            Money.FromCents(total),
            new GroupTable<Money>(byStructure),
            new GroupTable<Money>(byEstablishment),
            new GroupTable<GroupTable<Money>>(byCell),
            new GroupTable<decimal?>(shares));
    }

    private static FlowCounts FlowOf(long[] sum) =>
        new(sum[PartialYear.PresentStart], sum[PartialYear.Entries], sum[PartialYear.Exits], sum[PartialYear.PresentEnd]);

    private static ExitCounts ExitsOf(long[] sum) => ExitCounts.At(sum, PartialYear.ExitsByCategory);

    private static long ContributionOf(long[] sum) => checked(sum[PartialYear.ContributionsAccompanied] + sum[PartialYear.ContributionsAssociates]);

    private static KeyValuePair<string, T> Row<T>(string name, T value) => new(name, value);
}
