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
public static partial class ReportTableLayout
{
    /// <summary>The tables of a report, in the order of the annual report, the input table counting no rejected row.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language.</param>
    public static IReadOnlyList<ReportTable> Tables(AnnualReport report, ReportLabels labels) =>
        Tables(report, ReportDiagnostics.Empty, labels);

    /// <summary>The tables of a report, in the order of the annual report, the input table counting the diagnostics' rejected rows.</summary>
    /// <param name="report">The report.</param>
    /// <param name="diagnostics">The rejected rows and warnings of the input, given beside the report.</param>
    /// <param name="labels">The language.</param>
    /// <exception cref="System.ArgumentNullException">The diagnostics are null.</exception>
    public static IReadOnlyList<ReportTable> Tables(AnnualReport report, ReportDiagnostics diagnostics, ReportLabels labels)
    {
        Guard.NotNull(diagnostics, nameof(diagnostics));
        var previous = report.PreviousYear;
        var tables = new List<ReportTable>
        {
            Flows(TableId.FlowsByEstablishment, labels[Label.FlowsByEstablishment], labels[Label.Establishment], report.Flows.ByEstablishment, report.Flows.Total, previous?.Flows.Total, previous?.Year, labels),
            Flows(TableId.FlowsByStructure, labels[Label.FlowsByStructure], labels[Label.Structure], report.Flows.ByStructure, report.Flows.Total, null, null, labels),
            Accompanied(report, labels),
            ExitsTable(TableId.ExitsByEstablishment, labels[Label.ExitsByEstablishment], labels[Label.Establishment], report.Exits.ByEstablishment, report.Exits.Total, labels),
            ExitsTable(TableId.ExitsByStructure, labels[Label.ExitsByStructure], labels[Label.Structure], report.Exits.ByStructure, report.Exits.Total, labels),
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
        tables.Add(TypologyCounts(TableId.Qualification, labels[Label.Qualification], "qualification", report.Typology.ByQualification, labels));
        tables.Add(TypologyCounts(TableId.StatusAtEntry, labels[Label.StatusAtEntry], "status_at_entry", report.Typology.ByStatusAtEntry, labels));
        tables.Add(TypologyCounts(TableId.IncomeAtEntry, labels[Label.IncomeAtEntry], "income_at_entry", report.Typology.ByIncomeAtEntry, labels));
        tables.Add(TypologyCounts(TableId.Prescriber, labels[Label.Prescriber], "prescriber", report.Typology.ByPrescriber, labels));
        tables.Add(TypologyCounts(TableId.ResidenceArea, labels[Label.ResidenceArea], "residence_area", report.Typology.ByResidenceArea, labels));
        tables.Add(Input(report, diagnostics, labels));
        return tables;
    }

    private static ReportTable Flows(TableId id, string title, string dimension, GroupTable<FlowCounts> groups, FlowCounts total, FlowCounts? previous, int? previousYear, ReportLabels l)
    {
        var rows = groups.Select(g => FlowRow(RowKind.Group, g.Key, g.Key, g.Value)).ToList();
        rows.Add(FlowRow(RowKind.Total, Key.Total, l[Label.Total], total));
        if (previous is not null)
        {
            rows.Add(FlowRow(RowKind.PreviousYearTotal, Key.PreviousYearTotal, l[Label.Total] + " " + l.PreviousYear(previousYear!.Value), previous));
            rows.Add(new ReportTableRow(RowKind.Growth, Key.Growth, l[Label.Growth], new[]
            {
                Growth(total.PresentStart, previous.PresentStart),
                Growth(total.Entries, previous.Entries),
                Growth(total.Accompanied, previous.Accompanied),
                Growth(total.Exits, previous.Exits),
                Growth(total.PresentEnd, previous.PresentEnd),
            }));
        }

        return new ReportTable(id, title, new[] { dimension, l[Label.PresentStart], l[Label.Entries], l[Label.Accompanied], l[Label.Exits], l[Label.PresentEnd] }, rows);
    }

    private static ReportTableRow FlowRow(RowKind kind, string key, string label, FlowCounts f) =>
        new(kind, key, label, new[] { Count(f.PresentStart), Count(f.Entries), Count(f.Accompanied), Count(f.Exits), Count(f.PresentEnd) });

    private static ReportTable Accompanied(AnnualReport report, ReportLabels l)
    {
        var cells = report.Flows.ByStructureAndEstablishment;
        var structures = cells.Names.ToList();
        var rows = new List<ReportTableRow>();
        foreach (var establishment in report.Flows.ByEstablishment)
        {
            var numbers = structures.Select(s => Count(cells[s].TryGetValue(establishment.Key, out var f) ? f.Accompanied : 0)).ToList();
            numbers.Add(Count(establishment.Value.Accompanied));
            rows.Add(new ReportTableRow(RowKind.Group, establishment.Key, establishment.Key, numbers));
        }

        var totals = structures.Select(s => Count(report.Flows.ByStructure[s].Accompanied)).ToList();
        totals.Add(Count(report.Flows.Total.Accompanied));
        rows.Add(new ReportTableRow(RowKind.Total, Key.Total, l[Label.Total], totals));
        return new ReportTable(TableId.AccompaniedByEstablishmentAndStructure, l[Label.AccompaniedByEstablishmentAndStructure], new[] { l[Label.Establishment] }.Concat(structures).Concat(new[] { l[Label.Total] }).ToList(), rows);
    }

    private static ReportTable ExitsTable(TableId id, string title, string dimension, GroupTable<ExitCounts> groups, ExitCounts total, ReportLabels l)
    {
        var rows = groups.Select(g => ExitRow(RowKind.Group, g.Key, g.Key, g.Value)).ToList();
        rows.Add(ExitRow(RowKind.Total, Key.Total, l[Label.Total], total));
        var columns = new List<string> { dimension };
        columns.AddRange(Categories().Select(l.Category));
        columns.Add(l[Label.Total]);
        return new ReportTable(id, title, columns, rows);
    }

    private static ReportTableRow ExitRow(RowKind kind, string key, string label, ExitCounts counts)
    {
        var numbers = Categories().Select(c => Count(counts[c])).ToList();
        numbers.Add(Count(counts.Total));
        return new ReportTableRow(kind, key, label, numbers);
    }

    private static ReportTable Outcomes(AnnualReport report, ReportLabels l)
    {
        var e = report.Exits;
        var p = report.PreviousYear?.Exits;
        var columns = new List<string> { l[Label.Indicator], l[Label.Value] };
        if (p is not null)
        {
            columns.Add(l.PreviousYear(report.PreviousYear!.Year));
        }

        ReportTableRow Row(string key, string label, ReportNumber value, ReportNumber? before) =>
            new(RowKind.Indicator, key, label, before is null ? new[] { value } : new[] { value, before });

        var rows = new List<ReportTableRow>
        {
            Row(nameof(Label.Exits), l[Label.Exits], Count(e.Total.Total), p is null ? null : Count(p.Total.Total)),
            Row(nameof(Label.PositiveExits), l[Label.PositiveExits], Count(e.Positive), p is null ? null : Count(p.Positive)),
            Row(nameof(Label.PositiveRate), l[Label.PositiveRate], Rate(e.PositiveRate), p is null ? null : Rate(p.PositiveRate)),
            Row(nameof(Label.PerennialExits), l[Label.PerennialExits], Count(e.Perennial), p is null ? null : Count(p.Perennial)),
            Row(nameof(Label.PerennialRate), l[Label.PerennialRate], Rate(e.PerennialRate), p is null ? null : Rate(p.PerennialRate)),
        };
        return new ReportTable(TableId.Outcomes, l[Label.Outcomes], columns, rows);
    }

    private static ReportTable Durations(AnnualReport report, ReportLabels l)
    {
        var d = report.PathDurationMonths;
        var rows = Categories().Select(c => new ReportTableRow(RowKind.Category, c.Code, l.Category(c), new[] { Average(d.ByCategory[c.Code]) })).ToList();
        rows.Add(new ReportTableRow(RowKind.Total, Key.Total, l[Label.AllExits], new[] { Average(d.Average) }));
        return new ReportTable(TableId.Durations, l[Label.Durations], new[] { l[Label.Exits], l[Label.AverageMonths] }, rows);
    }

    private static ReportTable Typology(AnnualReport report, ReportLabels l)
    {
        var columns = new List<string> { l[Label.Indicator], l[Label.Value] };
        var cells = new List<ReportNumber> { Rate(report.Typology.WomenShare) };
        if (report.PreviousYear is { } previous)
        {
            columns.Add(l.PreviousYear(previous.Year));
            cells.Add(Rate(previous.Typology.WomenShare));
        }

        return new ReportTable(TableId.Typology, l[Label.Typology], columns, new[] { new ReportTableRow(RowKind.Indicator, nameof(Label.WomenShare), l[Label.WomenShare], cells) });
    }

    private static ReportTable TypologyCounts(TableId id, string title, string dimension, GroupTable<long> counts, ReportLabels l)
    {
        var rows = counts.Select(c => new ReportTableRow(RowKind.Group, c.Key, l.TypologyValue(dimension, c.Key), new[] { Count(c.Value) })).ToList();
        return new ReportTable(id, title, new[] { title, l[Label.People] }, rows);
    }

    private static ReportTable Input(AnnualReport report, ReportDiagnostics diagnostics, ReportLabels l)
    {
        var i = report.Input;
        return new ReportTable(TableId.Input, l[Label.Input], new[] { l[Label.Indicator], l[Label.Value] }, new[]
        {
            new ReportTableRow(RowKind.Indicator, nameof(Label.PathsRead), l[Label.PathsRead], new[] { Count(i.PathsRead) }),
            new ReportTableRow(RowKind.Indicator, nameof(Label.PathsAccepted), l[Label.PathsAccepted], new[] { Count(i.PathsAccepted) }),
            new ReportTableRow(RowKind.Indicator, nameof(Label.ActivityRead), l[Label.ActivityRead], new[] { Count(i.ActivityRead) }),
            new ReportTableRow(RowKind.Indicator, nameof(Label.ActivityAccepted), l[Label.ActivityAccepted], new[] { Count(i.ActivityAccepted) }),
            new ReportTableRow(RowKind.Indicator, nameof(Label.RejectedRows), l[Label.RejectedRows], new[] { Count(diagnostics.Rejections.Count) }),
        });
    }

    private static IEnumerable<ExitCategory> Categories() => Enumerable.Range(0, ExitCategory.Count).Select(ExitCategory.FromValue);

    /// <summary>The keys of the rows that are not groups of the data.</summary>
    private static class Key
    {
        public const string Total = "total";
        public const string PreviousYearTotal = "previous_year_total";
        public const string Growth = "growth";
    }

    private static ReportNumber Count(long value) => new(value, ReportValueKind.Count);

    private static ReportNumber Amount(Money value) => new(value.Euros, ReportValueKind.Amount);

    private static ReportNumber Average(decimal? value) => new(value, ReportValueKind.Average);

    private static ReportNumber Rate(decimal? value) => new(value, ReportValueKind.Rate);

    private static ReportNumber Growth(decimal now, decimal before) => new(ReportRounding.Growth(now, before), ReportValueKind.Rate);

    private static ReportNumber None(ReportValueKind kind) => new(null, kind);
}
