using System;
using System.Collections.Generic;
using System.Globalization;
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
        var page = new HtmlPage(labels, labels.WhatIfTitle(result.Name, result.Year), labels[Label.WhatIfSubtitle]);
        var baseline = result.Baseline;
        var scenario = result.Scenario;

        page.Section("key-figures", labels[Label.KeyFigures]);
        page.Table(WhatIfTables.KeyFigureTable(result, labels));

        CompareChart(page, labels[Label.ContributionsChart], labels[Label.Structure], labels[Label.Euros], ReportValueKind.Amount, baseline.Contributions.ByStructure, scenario.Contributions.ByStructure, m => m.Euros);
        CompareChart(page, labels[Label.SalaryHoursByUnitChart], labels[Label.Unit], labels[Label.Hours], ReportValueKind.Hours, baseline.Salary.ByUnit, scenario.Salary.ByUnit, s => s.Hours.Value);

        page.Section("tables", labels[Label.Baseline] + ", " + labels[Label.Scenario].ToLowerInvariant() + ", " + labels[Label.Delta].ToLowerInvariant());
        var before = ReportTableLayout.Tables(baseline, labels);
        var after = ReportTableLayout.Tables(scenario, labels);
        var unchanged = new List<string>();
        foreach (var table in after)
        {
            var former = before.FirstOrDefault(t => t.Id == table.Id);
            var difference = former is null ? null : Delta(former, table);
            if (difference is not null && difference.Rows.All(r => r.Cells.All(c => c.Value is null or 0m)))
            {
                unchanged.Add(table.Title);
                continue;
            }

            var sides = new List<(ReportTable, bool)>();
            if (former is not null)
            {
                sides.Add((former with { Title = former.Title + " — " + labels[Label.Baseline] }, false));
            }

            sides.Add((table with { Title = table.Title + " — " + labels[Label.Scenario] }, false));
            if (difference is not null)
            {
                sides.Add((difference with { Title = table.Title + " — " + labels[Label.Delta] }, true));
            }

            page.SideBySide(sides);
        }

        if (unchanged.Count > 0)
        {
            page.Paragraph(labels[Label.UnchangedTables] + " " + string.Join(" ; ", unchanged) + ".", note: true);
        }

        return page.Close(labels[Label.Footer]);
    }

    /// <summary>The page of a sweep: one line chart per indicator over the first axis, one line per value of the other axes, and the table of every run.</summary>
    /// <param name="result">The sweep.</param>
    /// <param name="labels">The language.</param>
    public static string Render(SweepResult result, ReportLabels labels)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(labels, nameof(labels));
        var page = new HtmlPage(labels, labels.WhatIfTitle(result.Scenario, result.Year), labels[Label.WhatIfSubtitle]);
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
            .Select(r => new ReportTableRow(RowKind.Group, string.Join(";", r.Parameters.Select(p => p.ToString(CultureInfo.InvariantCulture))), string.Join(" ; ", r.Parameters.Select(parameter)), r.Values.Select((v, i) => new ReportNumber(v, result.Kinds[i])).ToList()))
            .ToList();
        page.Table(new ReportTable(TableId.Sweep, string.Join(" × ", result.Axes), new[] { string.Join(" ; ", result.Axes) }.Concat(result.Indicators).ToList(), rows));
        return page.Close(labels[Label.Footer]);
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
            new ChartSeries(labels[Label.Baseline], groups.Select(g => baseline.TryGetValue(g, out var b) ? value(b) : (decimal?)null).ToList()),
            new ChartSeries(labels[Label.Scenario], groups.Select(g => scenario.TryGetValue(g, out var s) ? value(s) : (decimal?)null).ToList()),
        };
        var options = new ChartOptions(page.NextChartId(), title, valueAxis, axis, v => labels.Format(new ReportNumber(v, kind)));
        page.Chart(title, BarChart.Render(groups, series, options));
    }

    /// <summary>Scenario − baseline cell by cell, for tables of the same columns; rows matched by kind and key; <c>null</c> when the columns differ.</summary>
    private static ReportTable? Delta(ReportTable baseline, ReportTable scenario)
    {
        if (!baseline.Columns.SequenceEqual(scenario.Columns, StringComparer.Ordinal))
        {
            return null;
        }

        var rows = scenario.Rows.Select(row =>
        {
            var before = baseline.Rows.FirstOrDefault(r => r.Kind == row.Kind && r.Key == row.Key);
            return new ReportTableRow(row.Kind, row.Key, row.Label, row.Cells.Select((cell, i) => Difference(before?.Cells[i], cell)).ToList());
        }).ToList();
        return scenario with { Rows = rows };
    }

    private static ReportNumber Difference(ReportNumber? baseline, ReportNumber scenario) =>
        new(baseline?.Value is { } b && scenario.Value is { } s ? s - b : null, scenario.Kind);
}
