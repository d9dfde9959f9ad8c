using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cae.IO.Reports.Html;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Markdown;
using Cae.Rules.Forecast;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Forecast;

/// <summary>Writes <c>cae forecast</c> for people: Markdown, or one self-contained HTML page with a chart.</summary>
internal static class ForecastPageWriter
{
    /// <summary>Writes the forecast (and, when given, its backtest) as Markdown.</summary>
    public static void Markdown(FlowForecast forecast, ForecastBacktest? backtest, ReportLabels labels, TextWriter output)
    {
        var table = ForecastTables.Of(forecast, backtest, labels);
        output.Write("# ");
        output.Write(table.Title);
        output.Write("\n\n");
        MarkdownTable.Write(output, table, (_, number) => labels.Format(number));
        if (forecast.Money is not null)
        {
            output.Write('\n');
        }

        Money(forecast, labels, line => output.Write("- " + line + "\n"));
        output.Write("\n## " + labels[Label.Assumptions] + "\n\n");
        foreach (var a in ForecastTables.Assumptions(forecast, labels))
        {
            output.Write("- ");
            output.Write(a);
            output.Write('\n');
        }
    }

    /// <summary>Writes the forecast (and, when given, its backtest) as one HTML page.</summary>
    public static void Html(FlowForecast forecast, ForecastBacktest? backtest, ReportLabels labels, TextWriter output)
    {
        var table = ForecastTables.Of(forecast, backtest, labels);
        var page = new HtmlPage(labels, table.Title, labels[Label.ForecastSubtitle]);
        page.Section("forecast", table.Title);
        var groups = forecast.ByEstablishment.Keys.ToList();
        var series = new List<ChartSeries>
        {
            new(table.Columns[1], groups.Select(g => (decimal?)forecast.ByEstablishment[g].PresentStart).ToList()),
            new(table.Columns[2], groups.Select(g => (decimal?)forecast.ByEstablishment[g].Entries).ToList()),
            new(table.Columns[4], groups.Select(g => (decimal?)forecast.ByEstablishment[g].Exits).ToList()),
            new(table.Columns[5], groups.Select(g => (decimal?)forecast.ByEstablishment[g].PresentEnd).ToList()),
        };
        var options = new ChartOptions(page.NextChartId(), table.Title, labels[Label.People], table.Columns[0], v => labels.Format(new ReportNumber(v, ReportValueKind.Count)));
        if (groups.Count > 0)
        {
            page.Chart(table.Title, BarChart.Render(groups, series, options));
        }

        page.Table(table);
        Money(forecast, labels, line => page.Paragraph(line));
        page.Section("assumptions", labels[Label.Assumptions]);
        page.List(ForecastTables.Assumptions(forecast, labels));
        output.Write(page.Close(labels[Label.Footer]));
    }

    private static void Money(FlowForecast forecast, ReportLabels labels, System.Action<string> line)
    {
        if (ForecastTables.Money(forecast, labels) is not { } money)
        {
            return;
        }

        var rows = money.Rows;
        line(labels.Fill(Label.ForecastMoneyLine, ("label", rows[0].Label), ("value", labels.Format(rows[0].Cells[0]))));
        line(labels.Fill(Label.ForecastMoneyLine, ("label", rows[1].Label), ("value", labels.Format(rows[1].Cells[0]))));
        line(labels.Fill(Label.ForecastSelfFinancingLine, ("label", rows[3].Label), ("value", labels.Format(rows[3].Cells[0])), ("budget", labels.Format(rows[2].Cells[0]))));
    }
}
