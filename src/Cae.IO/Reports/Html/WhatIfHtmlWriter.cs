using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;
using Cae.Rules.WhatIf;

namespace Cae.IO.Reports.Html;

/// <summary>
/// Writes a what-if as one self-contained HTML page (<c>cae whatif --format html</c>): for a scenario, the
/// main figures and every table of the annual report under the baseline, under the scenario and their delta,
/// side by side, with bar charts of both; for a sweep, one line chart per indicator over the swept parameter.
/// </summary>
/// <remarks>Built from the annual report's pieces: <see cref="HtmlPage"/>, the charts and <see cref="ReportTableLayout"/>.</remarks>
public static class WhatIfHtmlWriter
{
    /// <summary>Writes the page of a scenario compared with the baseline.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(WhatIfResult result, ReportLabels labels, TextWriter output)
    {
        Guard.NotNull(output, nameof(output));
        output.Write(Render(result, labels));
    }

    /// <summary>Writes the page of a sweep.</summary>
    /// <param name="result">The sweep.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(SweepResult result, ReportLabels labels, TextWriter output)
    {
        Guard.NotNull(output, nameof(output));
        output.Write(Render(result, labels));
    }

    /// <summary>The page of a scenario compared with the baseline.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="labels">The language.</param>
    public static string Render(WhatIfResult result, ReportLabels labels)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(labels, nameof(labels));
        var page = new HtmlPage(labels, labels.WhatIfTitle(result.Name, result.Year), labels.WhatIfSubtitle);
        var baseline = result.Baseline;
        var scenario = result.Scenario;

        page.Section("key-figures", labels.KeyFigures);
        var figures = new (string Label, ReportNumber Baseline, ReportNumber Scenario)[]
        {
            (labels.Accompanied, Count(baseline.Flows.Total.Accompanied), Count(scenario.Flows.Total.Accompanied)),
            (labels.Exits, Count(baseline.Exits.Total.Total), Count(scenario.Exits.Total.Total)),
            (labels.PositiveRate, Rate(baseline.Exits.PositiveRate), Rate(scenario.Exits.PositiveRate)),
            (labels.PerennialRate, Rate(baseline.Exits.PerennialRate), Rate(scenario.Exits.PerennialRate)),
            (labels.TurnoverTotal, Amount(baseline.Turnover.Total.Euros), Amount(scenario.Turnover.Total.Euros)),
            (labels.Contributions, Amount(baseline.Contributions.Total.Euros), Amount(scenario.Contributions.Total.Euros)),
            (labels.Hours, new ReportNumber(baseline.Salary.Total.Hours.Value, ReportValueKind.Hours), new ReportNumber(scenario.Salary.Total.Hours.Value, ReportValueKind.Hours)),
            (labels.Fte, new ReportNumber(baseline.Salary.Total.Fte, ReportValueKind.Average), new ReportNumber(scenario.Salary.Total.Fte, ReportValueKind.Average)),
            (labels.SelfFinancing, Rate(baseline.SelfFinancing), Rate(scenario.SelfFinancing)),
        };
        var rows = figures.Select(f => new ReportTableRow(f.Label, new[] { f.Baseline, f.Scenario, Difference(f.Baseline, f.Scenario) })).ToList();
        page.Table(new ReportTable(labels.KeyFigures, new[] { labels.Indicator, labels.Baseline, labels.Scenario, labels.Delta }, rows));

        CompareChart(page, labels.ContributionsChart, labels.Structure, labels.Euros, ReportValueKind.Amount, baseline.Contributions.ByStructure, scenario.Contributions.ByStructure, m => m.Euros);
        CompareChart(page, labels.SalaryHoursByUnitChart, labels.Unit, labels.Hours, ReportValueKind.Hours, baseline.Salary.ByUnit, scenario.Salary.ByUnit, s => s.Hours.Value);

        page.Section("tables", labels.Baseline + ", " + labels.Scenario.ToLowerInvariant() + ", " + labels.Delta.ToLowerInvariant());
        var before = ReportTableLayout.Tables(baseline, labels);
        var after = ReportTableLayout.Tables(scenario, labels);
        var unchanged = new List<string>();
        foreach (var table in after)
        {
            var former = before.FirstOrDefault(t => t.Title == table.Title);
            var difference = former is null ? null : Delta(former, table);
            if (difference is not null && difference.Rows.All(r => r.Cells.All(c => c.Value is null or 0m)))
            {
                unchanged.Add(table.Title);
                continue;
            }

            var sides = new List<(ReportTable, bool)>();
            if (former is not null)
            {
                sides.Add((former with { Title = former.Title + " — " + labels.Baseline }, false));
            }

            sides.Add((table with { Title = table.Title + " — " + labels.Scenario }, false));
            if (difference is not null)
            {
                sides.Add((difference with { Title = table.Title + " — " + labels.Delta }, true));
            }

            page.SideBySide(sides);
        }

        if (unchanged.Count > 0)
        {
            page.Paragraph(labels.UnchangedTables + " " + string.Join(" ; ", unchanged) + ".", note: true);
        }

        return page.Close(labels.Footer);
    }

    /// <summary>The page of a sweep: one line chart per indicator over the first axis, one line per value of the other axes, and the table of every run.</summary>
    /// <param name="result">The sweep.</param>
    /// <param name="labels">The language.</param>
    public static string Render(SweepResult result, ReportLabels labels)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(labels, nameof(labels));
        var page = new HtmlPage(labels, labels.WhatIfTitle(result.Scenario, result.Year), labels.WhatIfSubtitle);
        page.Section("sweep", string.Join(" × ", result.Axes));
        var parameter = new Func<decimal, string>(v => labels.Format(new ReportNumber(v, ReportValueKind.Average)));
        var xs = result.Rows.Select(r => r.Parameters[0]).Distinct().ToList();
        var lines = result.Rows.GroupBy(r => string.Join(", ", r.Parameters.Skip(1).Select((p, i) => result.Axes[i + 1] + " = " + parameter(p)))).ToList();
        for (var i = 0; i < result.Indicators.Count; i++)
        {
            var kind = result.Kinds[i];
            var series = lines
                .Select(line => new ChartSeries(
                    line.Key.Length == 0 ? result.Indicators[i] : line.Key,
                    xs.Select(x => line.FirstOrDefault(r => r.Parameters[0] == x)?.Values[i]).ToList()))
                .ToList();
            var options = new ChartOptions(page.NextChartId(), result.Indicators[i], result.Indicators[i], result.Axes[0], v => labels.Format(new ReportNumber(v, kind)));
            page.Chart(result.Indicators[i], LineChart.Render(xs, series, options, parameter));
        }

        var rows = result.Rows
            .Select(r => new ReportTableRow(string.Join(" ; ", r.Parameters.Select(parameter)), r.Values.Select((v, i) => new ReportNumber(v, result.Kinds[i])).ToList()))
            .ToList();
        page.Table(new ReportTable(string.Join(" × ", result.Axes), new[] { string.Join(" ; ", result.Axes) }.Concat(result.Indicators).ToList(), rows));
        return page.Close(labels.Footer);
    }

    private static void CompareChart<T>(HtmlPage page, string title, string axis, string valueAxis, ReportValueKind kind, GroupTable<T> baseline, GroupTable<T> scenario, Func<T, decimal> value)
    {
        var labels = page.Labels;
        var groups = scenario.Names.Union(baseline.Names, StringComparer.Ordinal).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        var series = new[]
        {
            new ChartSeries(labels.Baseline, groups.Select(g => baseline.TryGetValue(g, out var b) ? value(b) : (decimal?)null).ToList()),
            new ChartSeries(labels.Scenario, groups.Select(g => scenario.TryGetValue(g, out var s) ? value(s) : (decimal?)null).ToList()),
        };
        var options = new ChartOptions(page.NextChartId(), title, valueAxis, axis, v => labels.Format(new ReportNumber(v, kind)));
        page.Chart(title, BarChart.Render(groups, series, options));
    }

    /// <summary>Scenario − baseline cell by cell, for tables of the same columns; rows matched by label; <c>null</c> when the columns differ.</summary>
    private static ReportTable? Delta(ReportTable baseline, ReportTable scenario)
    {
        if (!baseline.Columns.SequenceEqual(scenario.Columns, StringComparer.Ordinal))
        {
            return null;
        }

        var rows = scenario.Rows.Select(row =>
        {
            var before = baseline.Rows.FirstOrDefault(r => r.Label == row.Label);
            return new ReportTableRow(row.Label, row.Cells.Select((cell, i) => Difference(before?.Cells[i], cell)).ToList());
        }).ToList();
        return scenario with { Rows = rows };
    }

    private static ReportNumber Difference(ReportNumber? baseline, ReportNumber scenario) =>
        new(baseline?.Value is { } b && scenario.Value is { } s ? s - b : null, scenario.Kind);

    private static ReportNumber Count(long value) => new(value, ReportValueKind.Count);

    private static ReportNumber Amount(decimal euros) => new(euros, ReportValueKind.Amount);

    private static ReportNumber Rate(decimal? value) => new(value, ReportValueKind.Rate);
}
