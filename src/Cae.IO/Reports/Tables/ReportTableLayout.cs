using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using Cae.IO.Reports.Labels;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Tables;

/// <summary>
/// Lays an <see cref="AnnualReport"/> out in the tables of the annual activity report: flows by
/// establishment and structure, accompanied by establishment × structure, exits by category, outcomes,
/// durations, turnover and salary by unit, contributions by structure × establishment, typology, input.
/// The Markdown and CSV writers print these tables.
/// </summary>
public static class ReportTableLayout
{
    /// <summary>The tables of a report, in the order of the annual report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language.</param>
    public static IReadOnlyList<ReportTable> Tables(AnnualReport report, ReportLabels labels)
    {
        var previous = report.PreviousYear;
        var tables = new List<ReportTable>
        {
            Flows(labels.FlowsByEstablishment, labels.Establishment, report.Flows.ByEstablishment, report.Flows.Total, previous?.Flows.Total, previous?.Year, labels),
            Flows(labels.FlowsByStructure, labels.Structure, report.Flows.ByStructure, report.Flows.Total, null, null, labels),
            Accompanied(report, labels),
            ExitsTable(labels.ExitsByEstablishment, labels.Establishment, report.Exits.ByEstablishment, report.Exits.Total, labels),
            ExitsTable(labels.ExitsByStructure, labels.Structure, report.Exits.ByStructure, report.Exits.Total, labels),
            Outcomes(report, labels),
            Durations(report, labels),
            Turnover(report, labels),
            TurnoverByStructure(report, labels),
        };

        if (previous is not null)
        {
            tables.Add(TurnoverComparison(report, previous, labels));
        }

        tables.Add(Salary(report, labels));
        tables.Add(Contributions(report, labels));
        if (previous is not null)
        {
            tables.Add(ContributionsComparison(report, previous, labels));
        }

        tables.Add(Typology(report, labels));
        tables.Add(TypologyCounts(labels.Qualification, "qualification", report.Typology.ByQualification, labels));
        tables.Add(TypologyCounts(labels.StatusAtEntry, "status_at_entry", report.Typology.ByStatusAtEntry, labels));
        tables.Add(TypologyCounts(labels.IncomeAtEntry, "income_at_entry", report.Typology.ByIncomeAtEntry, labels));
        tables.Add(TypologyCounts(labels.Prescriber, "prescriber", report.Typology.ByPrescriber, labels));
        tables.Add(TypologyCounts(labels.ResidenceArea, "residence_area", report.Typology.ByResidenceArea, labels));
        tables.Add(Input(report, labels));
        return tables;
    }

    private static ReportTable Flows(string title, string dimension, GroupTable<FlowCounts> groups, FlowCounts total, FlowCounts? previous, int? previousYear, ReportLabels l)
    {
        var rows = groups.Select(g => FlowRow(g.Key, g.Value)).ToList();
        rows.Add(FlowRow(l.Total, total));
        if (previous is not null)
        {
            rows.Add(FlowRow(l.Total + " " + l.PreviousYear(previousYear!.Value), previous));
            rows.Add(new ReportTableRow(l.Growth, new[]
            {
                Growth(total.PresentStart, previous.PresentStart),
                Growth(total.Entries, previous.Entries),
                Growth(total.Accompanied, previous.Accompanied),
                Growth(total.Exits, previous.Exits),
                Growth(total.PresentEnd, previous.PresentEnd),
            }));
        }

        return new ReportTable(title, new[] { dimension, l.PresentStart, l.Entries, l.Accompanied, l.Exits, l.PresentEnd }, rows);
    }

    private static ReportTableRow FlowRow(string label, FlowCounts f) =>
        new(label, new[] { Count(f.PresentStart), Count(f.Entries), Count(f.Accompanied), Count(f.Exits), Count(f.PresentEnd) });

    private static ReportTable Accompanied(AnnualReport report, ReportLabels l)
    {
        var cells = report.Flows.ByStructureAndEstablishment;
        var structures = cells.Names.ToList();
        var rows = new List<ReportTableRow>();
        foreach (var establishment in report.Flows.ByEstablishment)
        {
            var numbers = structures.Select(s => Count(cells[s].TryGetValue(establishment.Key, out var f) ? f.Accompanied : 0)).ToList();
            numbers.Add(Count(establishment.Value.Accompanied));
            rows.Add(new ReportTableRow(establishment.Key, numbers));
        }

        var totals = structures.Select(s => Count(report.Flows.ByStructure[s].Accompanied)).ToList();
        totals.Add(Count(report.Flows.Total.Accompanied));
        rows.Add(new ReportTableRow(l.Total, totals));
        return new ReportTable(l.AccompaniedByEstablishmentAndStructure, new[] { l.Establishment }.Concat(structures).Concat(new[] { l.Total }).ToList(), rows);
    }

    private static ReportTable ExitsTable(string title, string dimension, GroupTable<ExitCounts> groups, ExitCounts total, ReportLabels l)
    {
        var rows = groups.Select(g => ExitRow(g.Key, g.Value)).ToList();
        rows.Add(ExitRow(l.Total, total));
        var columns = new List<string> { dimension };
        columns.AddRange(Categories().Select(l.Category));
        columns.Add(l.Total);
        return new ReportTable(title, columns, rows);
    }

    private static ReportTableRow ExitRow(string label, ExitCounts counts)
    {
        var numbers = Categories().Select(c => Count(counts[c])).ToList();
        numbers.Add(Count(counts.Total));
        return new ReportTableRow(label, numbers);
    }

    private static ReportTable Outcomes(AnnualReport report, ReportLabels l)
    {
        var e = report.Exits;
        var p = report.PreviousYear?.Exits;
        var columns = new List<string> { l.Indicator, l.Value };
        if (p is not null)
        {
            columns.Add(l.PreviousYear(report.PreviousYear!.Year));
        }

        ReportTableRow Row(string label, ReportNumber value, ReportNumber? before) =>
            new(label, before is null ? new[] { value } : new[] { value, before });

        var rows = new List<ReportTableRow>
        {
            Row(l.Exits, Count(e.Total.Total), p is null ? null : Count(p.Total.Total)),
            Row(l.PositiveExits, Count(e.Positive), p is null ? null : Count(p.Positive)),
            Row(l.PositiveRate, Rate(e.PositiveRate), p is null ? null : Rate(p.PositiveRate)),
            Row(l.PerennialExits, Count(e.Perennial), p is null ? null : Count(p.Perennial)),
            Row(l.PerennialRate, Rate(e.PerennialRate), p is null ? null : Rate(p.PerennialRate)),
        };
        return new ReportTable(l.Outcomes, columns, rows);
    }

    private static ReportTable Durations(AnnualReport report, ReportLabels l)
    {
        var d = report.PathDurationMonths;
        var rows = Categories().Select(c => new ReportTableRow(l.Category(c), new[] { Average(d.ByCategory[c.Code]) })).ToList();
        rows.Add(new ReportTableRow(l.AllExits, new[] { Average(d.Average) }));
        return new ReportTable(l.Durations, new[] { l.Exits, l.AverageMonths }, rows);
    }

    private static ReportTable Turnover(AnnualReport report, ReportLabels l)
    {
        var units = report.Turnover.ByUnit;
        var t = report.Turnover;
        var totalSalaried = units.Sum(u => u.Value.SalariedAccompanied);
        var totalAssociates = units.Sum(u => u.Value.AssociatesCount);
        ReportTableRow Row(string label, System.Func<UnitTurnover, ReportNumber> cell, ReportNumber total) =>
            new(label, units.Select(u => cell(u.Value)).Concat(new[] { total }).ToList());

        var rows = new List<ReportTableRow>
        {
            Row(l.TurnoverAssociates, u => Amount(u.Associates), Amount(t.Associates)),
            Row(l.TurnoverAccompanied, u => Amount(u.Accompanied), Amount(t.Accompanied)),
            Row(l.TurnoverTotal, u => Amount(u.Total), Amount(t.Total)),
            Row(l.SalariedAccompanied, u => Count(u.SalariedAccompanied), Count(totalSalaried)),
            Row(l.AveragePerSalariedAccompanied, u => Average(u.AveragePerSalariedAccompanied), Average(ReportRounding.Average(t.Accompanied.Euros, totalSalaried))),
            Row(l.AssociatesCount, u => Count(u.AssociatesCount), Count(totalAssociates)),
            Row(l.AveragePerAssociate, u => Average(u.AveragePerAssociate), Average(ReportRounding.Average(t.Associates.Euros, totalAssociates))),
        };
        return new ReportTable(l.TurnoverByUnit, new[] { l.Indicator }.Concat(units.Names).Concat(new[] { l.Total }).ToList(), rows);
    }

    private static ReportTable TurnoverByStructure(AnnualReport report, ReportLabels l)
    {
        var rows = report.Turnover.ByStructure.Select(s => new ReportTableRow(s.Key, new[] { Amount(s.Value.Associates), Count(s.Value.AssociatesCount), Average(s.Value.AveragePerAssociate) })).ToList();
        return new ReportTable(l.TurnoverByStructure, new[] { l.Structure, l.TurnoverAssociates, l.AssociatesCount, l.AveragePerAssociate }, rows);
    }

    private static ReportTable TurnoverComparison(AnnualReport report, AnnualReport previous, ReportLabels l)
    {
        var t = report.Turnover;
        var p = previous.Turnover;
        ReportTableRow Row(string label, Money now, Money before) => new(label, new[] { Amount(now), Amount(before), Growth(now.Euros, before.Euros) });
        var rows = new List<ReportTableRow>
        {
            Row(l.TurnoverAssociates, t.Associates, p.Associates),
            Row(l.TurnoverAccompanied, t.Accompanied, p.Accompanied),
            Row(l.TurnoverTotal, t.Total, p.Total),
        };
        foreach (var unit in t.ByUnit)
        {
            rows.Add(p.ByUnit.TryGetValue(unit.Key, out var before)
                ? Row(unit.Key, unit.Value.Total, before.Total)
                : new ReportTableRow(unit.Key, new[] { Amount(unit.Value.Total), None(ReportValueKind.Amount), None(ReportValueKind.Rate) }));
        }

        return new ReportTable(l.TurnoverComparison, new[] { l.Indicator, l.Value, l.PreviousYear(previous.Year), l.Growth }, rows);
    }

    private static ReportTable Salary(AnnualReport report, ReportLabels l)
    {
        var units = report.Salary.ByUnit;
        var total = report.Salary.Total;
        ReportTableRow Row(string label, System.Func<UnitSalary, ReportNumber> cell) =>
            new(label, units.Select(u => cell(u.Value)).Concat(new[] { cell(total) }).ToList());

        var rows = new List<ReportTableRow>
        {
            Row(l.Salaried, s => Count(s.Salaried)),
            Row(l.Hours, s => new ReportNumber(s.Hours.Value, ReportValueKind.Hours)),
            Row(l.Fte, s => Average(s.Fte)),
            Row(l.AverageHoursPerSalariedPerMonth, s => Average(s.AverageHoursPerSalariedPerMonth)),
        };
        return new ReportTable(l.SalaryByUnit, new[] { l.Indicator }.Concat(units.Names).Concat(new[] { l.Total }).ToList(), rows);
    }

    private static ReportTable Contributions(AnnualReport report, ReportLabels l)
    {
        var c = report.Contributions;
        var structures = c.ByStructure.Names.ToList();
        var rows = new List<ReportTableRow>();
        foreach (var establishment in c.ByEstablishment)
        {
            var numbers = structures.Select(s => c.ByStructureAndEstablishment[s].TryGetValue(establishment.Key, out var m) ? Amount(m) : Amount(Money.Zero)).ToList();
            numbers.Add(Amount(establishment.Value));
            rows.Add(new ReportTableRow(establishment.Key, numbers));
        }

        rows.Add(new ReportTableRow(l.Total, structures.Select(s => Amount(c.ByStructure[s])).Concat(new[] { Amount(c.Total) }).ToList()));
        rows.Add(new ReportTableRow(l.AssociatesShare, structures.Select(s => Rate(c.AssociatesShareByStructure[s])).Concat(new[] { None(ReportValueKind.Rate) }).ToList()));
        if (report.SelfFinancing is { } selfFinancing)
        {
            rows.Add(new ReportTableRow(l.SelfFinancing, structures.Select(_ => None(ReportValueKind.Rate)).Concat(new[] { Rate(selfFinancing) }).ToList()));
        }

        return new ReportTable(l.ContributionsByStructureAndEstablishment, new[] { l.Establishment }.Concat(structures).Concat(new[] { l.Total }).ToList(), rows);
    }

    private static ReportTable ContributionsComparison(AnnualReport report, AnnualReport previous, ReportLabels l)
    {
        var c = report.Contributions;
        var p = previous.Contributions;
        var rows = new List<ReportTableRow>();
        foreach (var establishment in c.ByEstablishment)
        {
            rows.Add(p.ByEstablishment.TryGetValue(establishment.Key, out var before)
                ? new ReportTableRow(establishment.Key, new[] { Amount(establishment.Value), Amount(before), Growth(establishment.Value.Euros, before.Euros) })
                : new ReportTableRow(establishment.Key, new[] { Amount(establishment.Value), None(ReportValueKind.Amount), None(ReportValueKind.Rate) }));
        }

        rows.Add(new ReportTableRow(l.Total, new[] { Amount(c.Total), Amount(p.Total), Growth(c.Total.Euros, p.Total.Euros) }));
        return new ReportTable(l.ContributionsComparison, new[] { l.Establishment, l.Value, l.PreviousYear(previous.Year), l.Growth }, rows);
    }

    private static ReportTable Typology(AnnualReport report, ReportLabels l)
    {
        var columns = new List<string> { l.Indicator, l.Value };
        var cells = new List<ReportNumber> { Rate(report.Typology.WomenShare) };
        if (report.PreviousYear is { } previous)
        {
            columns.Add(l.PreviousYear(previous.Year));
            cells.Add(Rate(previous.Typology.WomenShare));
        }

        return new ReportTable(l.Typology, columns, new[] { new ReportTableRow(l.WomenShare, cells) });
    }

    private static ReportTable TypologyCounts(string title, string dimension, GroupTable<long> counts, ReportLabels l)
    {
        var rows = counts.Select(c => new ReportTableRow(l.TypologyValue(dimension, c.Key), new[] { Count(c.Value) })).ToList();
        return new ReportTable(title, new[] { title, l.People }, rows);
    }

    private static ReportTable Input(AnnualReport report, ReportLabels l)
    {
        var i = report.Input;
        return new ReportTable(l.Input, new[] { l.Indicator, l.Value }, new[]
        {
            new ReportTableRow(l.PathsRead, new[] { Count(i.PathsRead) }),
            new ReportTableRow(l.PathsAccepted, new[] { Count(i.PathsAccepted) }),
            new ReportTableRow(l.ActivityRead, new[] { Count(i.ActivityRead) }),
            new ReportTableRow(l.ActivityAccepted, new[] { Count(i.ActivityAccepted) }),
            new ReportTableRow(l.RejectedRows, new[] { Count(i.RejectedRows.Count) }),
        });
    }

    private static IEnumerable<ExitCategory> Categories() => Enumerable.Range(0, ExitCategory.Count).Select(ExitCategory.FromValue);

    private static ReportNumber Count(long value) => new(value, ReportValueKind.Count);

    private static ReportNumber Amount(Money value) => new(value.Euros, ReportValueKind.Amount);

    private static ReportNumber Average(decimal? value) => new(value, ReportValueKind.Average);

    private static ReportNumber Rate(decimal? value) => new(value, ReportValueKind.Rate);

    private static ReportNumber Growth(decimal now, decimal before) => new(ReportRounding.Growth(now, before), ReportValueKind.Rate);

    private static ReportNumber None(ReportValueKind kind) => new(null, kind);
}
