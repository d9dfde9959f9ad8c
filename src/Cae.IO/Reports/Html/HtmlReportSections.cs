using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Paths;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Html;

/// <summary>
/// The sections of the HTML report page (<see cref="HtmlReportWriter"/>): key figures, flows, exits, path duration,
/// turnover, salary hours, contributions, typology, change over one year and rejected rows, each with its charts and
/// its tables.
/// </summary>
internal static class HtmlReportSections
{
    internal static void KeyFigures(HtmlPage page, AnnualReport report)
    {
        page.Section("key-figures", page.Labels[Label.KeyFigures]);
        page.Tiles(Tiles(page.Labels, report, Tables.KeyFigures.All));
    }

    /// <summary>The tiles of key figures that the report defines (a figure without a value, e.g. the self-financing rate without a budget, has none).</summary>
    private static IEnumerable<KeyFigure> Tiles(ReportLabels labels, AnnualReport report, IEnumerable<Tables.KeyFigure> figures)
    {
        var tree = report.ToTree();
        var before = report.PreviousYear?.ToTree();
        foreach (var figure in figures)
        {
            if (figure.In(tree) is { Value: not null } number)
            {
                yield return Tile(labels, labels[figure.Label], number, report.PreviousYear, figure.In(before)) with { Highlight = figure.Highlight };
            }
        }
    }

    internal static void Flows(HtmlPage page, AnnualReport report, ReportSectionTables tables)
    {
        var labels = page.Labels;
        page.Section("flows", labels[Label.SectionFlows]);
        FlowChart(page, report.Flows.ByEstablishment, labels[Label.FlowsByEstablishment], labels[Label.Establishment]);
        FlowChart(page, report.Flows.ByStructure, labels[Label.FlowsByStructure], labels[Label.Structure]);
        tables.Write(page, TableId.FlowsByEstablishment, TableId.FlowsByStructure, TableId.AccompaniedByEstablishmentAndStructure);
    }

    private static void FlowChart(HtmlPage page, GroupTable<FlowCounts> groups, string title, string axis)
    {
        if (groups.Count == 0)
        {
            return;
        }

        var labels = page.Labels;
        var series = new[]
        {
            Series(labels[Label.PresentStart], groups, f => f.PresentStart),
            Series(labels[Label.Entries], groups, f => f.Entries),
            Series(labels[Label.Exits], groups, f => f.Exits),
            Series(labels[Label.PresentEnd], groups, f => f.PresentEnd),
        };
        var options = new ChartOptions(page.NextChartId(), title, labels[Label.People], axis, Formatter(labels, ReportValueKind.Count));
        page.Chart(title, BarChart.Render(groups.Names.ToList(), series, options));
    }

    internal static void Exits(HtmlPage page, AnnualReport report, ReportSectionTables tables)
    {
        var labels = page.Labels;
        var exits = report.Exits;
        page.Section("exits", labels[Label.SectionExits]);
        var tiles = Tiles(labels, report, Tables.KeyFigures.All.Where(f => f.Highlight)).ToList();
        tiles.Add(Tile(labels, labels[Label.Exits], Count(exits.Total.Total), report.PreviousYear, Count(report.PreviousYear?.Exits.Total.Total)));
        page.Tiles(tiles);
        page.Paragraph(labels[Label.PositiveNote], note: true);
        if (exits.Total.Total == 0)
        {
            page.Paragraph(labels[Label.NoExits]);
        }
        else
        {
            var categories = Categories();
            var count = Formatter(labels, ReportValueKind.Count);
            var centre = exits.PositiveRate is { } positive ? (labels.Format(Rate(positive)), labels[Label.PositiveExits]) : ((string, string)?)null;
            var donut = new ChartOptions(page.NextChartId(), labels[Label.ExitsByCategory], labels[Label.Exits], labels[Label.ExitsByCategory], count);
            page.Chart(labels[Label.ExitsByCategory], DonutChart.Render(categories.Select(labels.Category).ToList(), categories.Select(c => (decimal?)exits.Total[c]).ToList(), donut, Formatter(labels, ReportValueKind.Rate), centre));
            if (exits.ByEstablishment.Count > 0)
            {
                var series = categories.Select(c => Series(labels.Category(c), exits.ByEstablishment, e => e[c])).ToList();
                var stacked = new ChartOptions(page.NextChartId(), labels[Label.ExitsByEstablishment], labels[Label.Exits], labels[Label.Establishment], count);
                page.Chart(labels[Label.ExitsByEstablishment], StackedBarChart.Render(exits.ByEstablishment.Names.ToList(), series, stacked));
            }
        }

        tables.Write(page, TableId.ExitsByEstablishment, TableId.ExitsByStructure, TableId.Outcomes);
    }

    internal static void Durations(HtmlPage page, AnnualReport report, ReportSectionTables tables)
    {
        var labels = page.Labels;
        var durations = report.PathDurationMonths;
        page.Section("path-duration", labels[Label.SectionDurations]);
        var groups = new List<string>();
        var values = new List<decimal?>();
        if (durations.Average is { } average)
        {
            groups.Add(labels[Label.AllExits]);
            values.Add(average);
        }

        foreach (var category in Categories())
        {
            if (durations.ByCategory.TryGetValue(category.Code, out var months) && months is not null)
            {
                groups.Add(labels.Category(category));
                values.Add(months);
            }
        }

        if (groups.Count > 0)
        {
            var options = new ChartOptions(page.NextChartId(), labels[Label.Durations], labels[Label.AverageMonths], labels[Label.Exits], Formatter(labels, ReportValueKind.Average));
            page.Chart(labels[Label.Durations], BarChart.Render(groups, new[] { new ChartSeries(labels[Label.AverageMonths], values) }, options));
        }
        else
        {
            page.Paragraph(labels[Label.NoExits]);
        }

        tables.Write(page, TableId.Durations);
    }

    internal static void Turnover(HtmlPage page, AnnualReport report, ReportSectionTables tables)
    {
        var labels = page.Labels;
        var units = report.Turnover.ByUnit;
        page.Section("turnover", labels[Label.SectionTurnover]);
        if (units.Count > 0)
        {
            var series = new[]
            {
                Series(labels[Label.TurnoverAssociates], units, u => u.Associates.Euros),
                Series(labels[Label.TurnoverAccompanied], units, u => u.Accompanied.Euros),
            };
            var options = new ChartOptions(page.NextChartId(), labels[Label.TurnoverByUnitChart], labels[Label.Euros], labels[Label.Unit], Formatter(labels, ReportValueKind.Amount));
            page.Chart(labels[Label.TurnoverByUnitChart], StackedBarChart.Render(units.Names.ToList(), series, options));
        }

        tables.Write(page, TableId.TurnoverByUnit, TableId.TurnoverByStructure, TableId.TurnoverComparison);
    }

    internal static void Salary(HtmlPage page, AnnualReport report, ReportSectionTables tables)
    {
        var labels = page.Labels;
        var units = report.Salary.ByUnit;
        page.Section("salary", labels[Label.SectionSalary]);
        if (units.Count > 0)
        {
            var options = new ChartOptions(page.NextChartId(), labels[Label.SalaryHoursByUnitChart], labels[Label.Hours], labels[Label.Unit], Formatter(labels, ReportValueKind.Hours));
            page.Chart(labels[Label.SalaryHoursByUnitChart], BarChart.Render(units.Names.ToList(), new[] { Series(labels[Label.Hours], units, s => s.Hours.Value) }, options));
        }

        tables.Write(page, TableId.SalaryByUnit);
    }

    internal static void Contributions(HtmlPage page, AnnualReport report, ReportSectionTables tables)
    {
        var labels = page.Labels;
        var contributions = report.Contributions;
        page.Section("contributions", labels[Label.SectionContributions]);
        if (contributions.ByStructureAndEstablishment.Count > 0)
        {
            var establishments = contributions.ByEstablishment.Names.ToList();
            var series = establishments
                .Select(e => Series(e, contributions.ByStructureAndEstablishment, s => s.TryGetValue(e, out var m) ? m.Euros : 0m))
                .ToList();
            var options = new ChartOptions(page.NextChartId(), labels[Label.ContributionsChart], labels[Label.Euros], labels[Label.Structure], Formatter(labels, ReportValueKind.Amount));
            page.Chart(labels[Label.ContributionsChart], StackedBarChart.Render(contributions.ByStructureAndEstablishment.Names.ToList(), series, options));
        }

        tables.Write(page, TableId.ContributionsByStructureAndEstablishment, TableId.ContributionsComparison);
    }

    internal static void Typology(HtmlPage page, AnnualReport report, ReportSectionTables tables)
    {
        var labels = page.Labels;
        var typology = report.Typology;
        page.Section("typology", labels[Label.SectionTypology]);
        foreach (var (dimension, title, counts) in new[]
                 {
                     ("qualification", labels[Label.Qualification], typology.ByQualification),
                     ("status_at_entry", labels[Label.StatusAtEntry], typology.ByStatusAtEntry),
                     ("prescriber", labels[Label.Prescriber], typology.ByPrescriber),
                 })
        {
            if (counts.Count == 0)
            {
                continue;
            }

            var options = new ChartOptions(page.NextChartId(), title, labels[Label.People], title, Formatter(labels, ReportValueKind.Count));
            page.Chart(title, DonutChart.Render(
                counts.Names.Select(v => labels.TypologyValue(dimension, v)).ToList(),
                counts.Select(c => (decimal?)c.Value).ToList(),
                options,
                Formatter(labels, ReportValueKind.Rate)));
        }

        tables.Write(page, TableId.Typology, TableId.Qualification, TableId.StatusAtEntry, TableId.IncomeAtEntry, TableId.Prescriber, TableId.ResidenceArea);
    }

    internal static void Growth(HtmlPage page, AnnualReport report)
    {
        var labels = page.Labels;
        page.Section("growth", labels[Label.SectionGrowth]);
        if (report.PreviousYear is not { } before)
        {
            page.Paragraph(labels[Label.NoPreviousYear]);
            return;
        }

        var figures = new (string Label, ReportNumber Now, ReportNumber Before)[]
        {
            (labels[Label.Accompanied], Count(report.Flows.Total.Accompanied), Count(before.Flows.Total.Accompanied)),
            (labels[Label.Entries], Count(report.Flows.Total.Entries), Count(before.Flows.Total.Entries)),
            (labels[Label.Exits], Count(report.Exits.Total.Total), Count(before.Exits.Total.Total)),
            (labels[Label.PerennialExits], Count(report.Exits.Perennial), Count(before.Exits.Perennial)),
            (labels[Label.TurnoverTotal], Amount(report.Turnover.Total.Euros), Amount(before.Turnover.Total.Euros)),
            (labels[Label.Contributions], Amount(report.Contributions.Total.Euros), Amount(before.Contributions.Total.Euros)),
        };
        var growth = figures.Select(f => Rate(ReportRounding.Growth(f.Now.Value!.Value, f.Before.Value!.Value))).ToList();
        var options = new ChartOptions(page.NextChartId(), labels[Label.GrowthChart], labels[Label.GrowthAxis], labels[Label.Indicator], Formatter(labels, ReportValueKind.Rate));
        page.Chart(labels[Label.GrowthChart], BarChart.Render(figures.Select(f => f.Label).ToList(), new[] { new ChartSeries(labels[Label.Growth], growth.Select(g => g.Value).ToList()) }, options));
        var rows = figures.Select((f, i) => new ReportTableRow(RowKind.Indicator, f.Label, f.Label, new[] { f.Now, f.Before, growth[i] })).ToList();
        page.Table(new ReportTable(TableId.Growth, labels[Label.GrowthChart], new[] { labels[Label.Indicator], Year(report.Year), labels.PreviousYear(before.Year), labels[Label.Growth] }, rows));
    }

    internal static void Rejected(HtmlPage page, ReportDiagnostics diagnostics, ReportSectionTables tables)
    {
        var labels = page.Labels;
        page.Section("rejected-rows", labels[Label.RejectedRows]);
        if (!diagnostics.HasRejections)
        {
            page.Paragraph(labels[Label.NoRejectedRows]);
        }
        else
        {
            page.Paragraph(labels.RejectedRowCount(diagnostics.Rejections.Count));
            page.List(diagnostics.RejectedLines());
        }

        tables.Write(page, TableId.Input);
    }

    private static KeyFigure Tile(ReportLabels labels, string caption, ReportNumber figure, AnnualReport? before, ReportNumber? previous) =>
        new(labels.Format(figure), caption, before is not null && previous is { Value: not null } ? labels.PreviousYearValue(before.Year, labels.Format(previous)) : null);

    private static ChartSeries Series<T>(string name, GroupTable<T> groups, Func<T, decimal> value) =>
        new(name, groups.Select(g => (decimal?)value(g.Value)).ToList());

    private static Func<decimal, string> Formatter(ReportLabels labels, ReportValueKind kind) => v => labels.Format(new ReportNumber(v, kind));

    private static ReportNumber Count(long? value) => new(value, ReportValueKind.Count);

    private static ReportNumber Amount(decimal? euros) => new(euros, ReportValueKind.Amount);

    private static ReportNumber Rate(decimal? value) => new(value, ReportValueKind.Rate);

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<ExitCategory> Categories() => Enumerable.Range(0, ExitCategory.Count).Select(ExitCategory.FromValue).ToList();
}
