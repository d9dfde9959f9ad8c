using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Cae.IO.Reports.Html;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Forecast;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Forecast;

/// <summary>Writes <c>cae forecast</c> for people: Markdown, or one self-contained HTML page with a chart.</summary>
internal static class ForecastPageWriter
{
    /// <summary>Writes the forecast (and, when given, its backtest) as Markdown.</summary>
    public static void Markdown(FlowForecast forecast, ForecastBacktest? backtest, ReportLabels labels, TextWriter output)
    {
        var french = labels.Language == "fr";
        var table = backtest is null ? ForecastTables.Flows(forecast, french) : ForecastTables.Backtest(backtest, french);
        output.Write("# ");
        output.Write(table.Title);
        output.Write("\n\n");
        Row(output, table.Columns);
        output.Write("| --- |");
        for (var c = 1; c < table.Columns.Count; c++)
        {
            output.Write(" ---: |");
        }

        output.Write('\n');
        foreach (var row in table.Rows)
        {
            Row(output, new[] { row.Label }.Concat(row.Cells.Select(labels.Format)).ToList());
        }

        if (forecast.Money is not null)
        {
            output.Write('\n');
        }

        Money(forecast, labels, french, line => output.Write("- " + line + "\n"));
        output.Write(french ? "\n## Hypothèses\n\n" : "\n## Assumptions\n\n");
        foreach (var a in Assumptions(forecast, labels))
        {
            output.Write("- ");
            output.Write(a);
            output.Write('\n');
        }
    }

    /// <summary>Writes the forecast (and, when given, its backtest) as one HTML page.</summary>
    public static void Html(FlowForecast forecast, ForecastBacktest? backtest, ReportLabels labels, TextWriter output)
    {
        var french = labels.Language == "fr";
        var table = backtest is null ? ForecastTables.Flows(forecast, french) : ForecastTables.Backtest(backtest, french);
        var page = new HtmlPage(labels, table.Title, french ? "Flux d'entrepreneurs accompagnés projetés par établissement" : "Projected flows of accompanied entrepreneurs by establishment");
        page.Section("forecast", table.Title);
        var groups = forecast.ByEstablishment.Keys.ToList();
        var series = new List<ChartSeries>
        {
            new(table.Columns[1], groups.Select(g => (decimal?)forecast.ByEstablishment[g].PresentStart).ToList()),
            new(table.Columns[2], groups.Select(g => (decimal?)forecast.ByEstablishment[g].Entries).ToList()),
            new(table.Columns[4], groups.Select(g => (decimal?)forecast.ByEstablishment[g].Exits).ToList()),
            new(table.Columns[5], groups.Select(g => (decimal?)forecast.ByEstablishment[g].PresentEnd).ToList()),
        };
        var options = new ChartOptions(page.NextChartId(), table.Title, french ? "Personnes" : "People", table.Columns[0], v => labels.Format(new ReportNumber(v, ReportValueKind.Count)));
        if (groups.Count > 0)
        {
            page.Chart(table.Title, BarChart.Render(groups, series, options));
        }

        page.Table(table);
        Money(forecast, labels, french, line => page.Paragraph(line));
        page.Section("assumptions", french ? "Hypothèses" : "Assumptions");
        page.List(Assumptions(forecast, labels));
        output.Write(page.Close(labels[Label.Footer]));
    }

    private static void Row(TextWriter output, IReadOnlyList<string> cells)
    {
        output.Write('|');
        foreach (var cell in cells)
        {
            output.Write(' ');
            output.Write(cell.Replace("|", "\\|"));
            output.Write(" |");
        }

        output.Write('\n');
    }

    /// <summary>The assumptions in the language of <paramref name="labels"/> (the English sentences of a forecast made from sentences only).</summary>
    private static IReadOnlyList<string> Assumptions(FlowForecast forecast, ReportLabels labels) =>
        forecast.KeyedAssumptions.Count == 0 ? forecast.Assumptions : forecast.KeyedAssumptions.Select(labels.Assumption).ToList();

    private static void Money(FlowForecast forecast, ReportLabels labels, bool french, System.Action<string> line)
    {
        if (forecast.Money is not { } money)
        {
            return;
        }

        line((french ? "Chiffre d'affaires projeté : " : "Projected turnover: ") + labels.Format(new ReportNumber(money.Turnover.Euros, ReportValueKind.Amount)) + " €");
        line((french ? "Contributions projetées : " : "Projected contributions: ") + labels.Format(new ReportNumber(money.Contributions.Euros, ReportValueKind.Amount)) + " €");
        line((french ? "Taux d'autofinancement projeté : " : "Projected self-financing rate: ") + labels.Format(new ReportNumber(money.SelfFinancing, ReportValueKind.Rate))
            + FormattableString.Invariant($" (budget {labels.Format(new ReportNumber(money.SupportBudget.Euros, ReportValueKind.Amount))} €)"));
    }
}
