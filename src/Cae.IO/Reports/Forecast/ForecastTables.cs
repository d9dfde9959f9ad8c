using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Forecast;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Forecast;

/// <summary>The forecast as tables for people: the published "prévisionnel" layout (one row per establishment, then the total).</summary>
internal static class ForecastTables
{
    /// <summary>The table of the forecast, or of its backtest when there is one.</summary>
    public static ReportTable Of(FlowForecast forecast, ForecastBacktest? backtest, ReportLabels labels) =>
        backtest is null ? Flows(forecast, labels) : Backtest(backtest, labels);

    /// <summary>The forecast's table of flows.</summary>
    public static ReportTable Flows(FlowForecast forecast, ReportLabels labels) =>
        new(
            TableId.Forecast,
            labels.Fill(Label.ForecastTitle, ("year", Year(forecast.Year))),
            Columns(labels, labels[Label.Establishment]),
            forecast.ByEstablishment.Select(kv => Row(RowKind.Group, kv.Key, kv.Key, kv.Value)).Append(Row(RowKind.Total, "total", labels[Label.Total], forecast.Total)).ToList());

    /// <summary>The backtest's table: projected, actual and error for each establishment and the total.</summary>
    public static ReportTable Backtest(ForecastBacktest backtest, ReportLabels labels)
    {
        var rows = new List<ReportTableRow>();
        void Add(string key, string name, FlowCounts projected, FlowCounts actual)
        {
            rows.Add(Row(RowKind.Group, key + "/projected", labels.Fill(Label.BacktestProjected, ("name", name)), projected));
            rows.Add(Row(RowKind.Group, key + "/actual", labels.Fill(Label.BacktestActual, ("name", name)), actual));
            rows.Add(Row(RowKind.Group, key + "/error", labels.Fill(Label.BacktestError, ("name", name)), ForecastBacktest.Error(projected, actual)));
        }

        foreach (var kv in backtest.Projected.ByEstablishment)
        {
            Add(kv.Key, kv.Key, kv.Value, backtest.ActualByEstablishment[kv.Key]);
        }

        Add("Total", labels[Label.Total], backtest.Projected.Total, backtest.ActualTotal);
        return new ReportTable(
            TableId.ForecastBacktest,
            labels.Fill(Label.BacktestTitle, ("year", Year(backtest.Projected.Year))),
            Columns(labels, string.Empty),
            rows);
    }

    /// <summary>The projected money (turnover, contributions, support budget, self-financing), or <c>null</c> when the forecast has none.</summary>
    public static ReportTable? Money(FlowForecast forecast, ReportLabels labels)
    {
        if (forecast.Money is not { } money)
        {
            return null;
        }

        ReportTableRow Line(Label label, string key, decimal? value, ReportValueKind kind) =>
            new(RowKind.Indicator, key, labels[label], new[] { new ReportNumber(value, kind) });
        return new ReportTable(
            TableId.ForecastMoney,
            labels[Label.ForecastMoney],
            new[] { labels[Label.Indicator], labels[Label.Value] },
            new[]
            {
                Line(Label.ProjectedTurnover, "turnover", money.Turnover.Euros, ReportValueKind.Amount),
                Line(Label.ProjectedContributions, "contributions", money.Contributions.Euros, ReportValueKind.Amount),
                Line(Label.SupportBudget, "support_budget", money.SupportBudget.Euros, ReportValueKind.Amount),
                Line(Label.ProjectedSelfFinancing, "self_financing", money.SelfFinancing, ReportValueKind.Rate),
            });
    }

    /// <summary>The assumptions in the language of <paramref name="labels"/> (the English sentences of a forecast made from sentences only).</summary>
    public static IReadOnlyList<string> Assumptions(FlowForecast forecast, ReportLabels labels) =>
        forecast.KeyedAssumptions.Count == 0 ? forecast.Assumptions : forecast.KeyedAssumptions.Select(labels.Assumption).ToList();

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Columns(ReportLabels labels, string first) =>
        new[] { first }.Concat(new[] { Label.PresentStart, Label.Entries, Label.Accompanied, Label.Exits, Label.PresentEnd }.Select(l => labels[l])).ToList();

    private static ReportTableRow Row(RowKind kind, string key, string label, FlowCounts f) =>
        new(kind, key, label, new[] { f.PresentStart, f.Entries, f.Accompanied, f.Exits, f.PresentEnd }.Select(v => new ReportNumber(v, ReportValueKind.Count)).ToList());
}
