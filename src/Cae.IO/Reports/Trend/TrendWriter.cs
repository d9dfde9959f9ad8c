using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cae.Rules.Indicators;
using Cae.Rules.Network;
using Cae.IO.Reports.Tables;
using Cae.IO.Reports.Csv;
using Cae.IO.Reports.Html;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Markdown;

namespace Cae.IO.Reports.Trend;

/// <summary>
/// Writes the indicators of a <see cref="ReportTrend"/> as series (data contract §8'): JSON
/// <c>{ "years": [...], "indicators": { "flows.total.accompanied": [...], ... } }</c>, a Markdown or CSV table (one row
/// per indicator, one column per year), or an HTML page with one line chart per indicator.
/// </summary>
internal static class TrendWriter
{
    public static string Json(ReportTrend trend, IReadOnlyList<string> indicators)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("years");
            foreach (var year in trend.Years)
            {
                w.WriteNumberValue(year);
            }

            w.WriteEndArray();
            w.WriteStartObject("indicators");
            foreach (var indicator in indicators)
            {
                w.WriteStartArray(indicator);
                foreach (var value in trend.Series(indicator))
                {
                    if (value is { } v)
                    {
                        w.WriteNumberValue(v);
                    }
                    else
                    {
                        w.WriteNullValue();
                    }
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string Markdown(ReportTrend trend, IReadOnlyList<string> indicators, ReportLabels labels)
    {
        var table = Table(trend, indicators, labels);
        var text = new StringBuilder();
        text.Append("# ").Append(table.Title).Append("\n\n");
        using var rows = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var code = table with { Rows = table.Rows.Select(r => r with { Label = MarkdownText.Code(r.Label) }).ToList() };
        MarkdownTable.Write(rows, code, (_, number) => labels.Format(number));
        text.Append(rows.ToString());
        return text.ToString();
    }

    public static string Csv(ReportTrend trend, IReadOnlyList<string> indicators, ReportLabels labels, CsvExportDialect dialect)
    {
        var table = Table(trend, indicators, labels);
        var text = new StringBuilder();
        if (dialect.ByteOrderMark)
        {
            text.Append('\uFEFF');
        }

        text.Append(string.Join(dialect.Separator.ToString(), table.Columns.Select(c => CsvCell.Text(c, dialect)))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.Append(CsvCell.Text(row.Label, dialect));
            foreach (var cell in row.Cells)
            {
                text.Append(dialect.Separator).Append(CsvCell.Number(cell.Value, dialect));
            }

            text.Append("\r\n");
        }

        return text.ToString();
    }

    public static string Html(ReportTrend trend, IReadOnlyList<string> indicators, ReportLabels labels)
    {
        var page = new HtmlPage(labels, Title(trend, labels), labels[Label.TrendSubtitle]);
        page.Section("trend", labels[Label.KeyFigures]);
        var years = trend.Years.Select(y => (decimal)y).ToList();
        foreach (var indicator in indicators)
        {
            var kind = Kind(trend, indicator);
            var options = new ChartOptions(page.NextChartId(), indicator, indicator, labels[Label.Year], v => labels.Format(new ReportNumber(v, kind)));
            page.Chart(indicator, LineChart.Render(years, new[] { new ChartSeries(indicator, trend.Series(indicator)) }, options, y => y.ToString("0", CultureInfo.InvariantCulture)));
        }

        page.Table(Table(trend, indicators, labels));
        return page.Close(labels[Label.Footer]);
    }

    /// <summary>The trend as one table: a row per indicator, a column per year.</summary>
    internal static ReportTable Table(ReportTrend trend, IReadOnlyList<string> indicators, ReportLabels labels)
    {
        var columns = new List<string> { labels[Label.Indicator] };
        columns.AddRange(trend.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var rows = indicators
            .Select(i => new ReportTableRow(RowKind.Indicator, i, i, trend.Series(i).Select(v => new ReportNumber(v, Kind(trend, i))).ToList()))
            .ToList();
        return new ReportTable(TableId.Trend, Title(trend, labels), columns, rows);
    }

    private static string Title(ReportTrend trend, ReportLabels labels) => labels[Label.TrendTitle]
        .Replace("{from}", trend.From.ToString(CultureInfo.InvariantCulture))
        .Replace("{to}", trend.To.ToString(CultureInfo.InvariantCulture));

    /// <summary>The kind of an indicator's numbers (count, amount, rate…), from the first year that has it.</summary>
    private static ReportValueKind Kind(ReportTrend trend, string indicator)
    {
        var path = Cae.Rules.WhatIf.IndicatorPath.Split(indicator);
        foreach (var report in trend.Reports)
        {
            if (report.ToTree().Find(path) is ReportNumber n)
            {
                return n.Kind;
            }
        }

        return ReportValueKind.Average;
    }
}
