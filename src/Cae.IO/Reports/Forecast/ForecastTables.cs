using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cae.IO.Reports.Tables;
using Cae.Rules.Forecast;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Forecast;

/// <summary>The forecast as tables for people: the published "prévisionnel" layout (one row per establishment, then the total).</summary>
internal static class ForecastTables
{
    /// <summary>The forecast's table of flows.</summary>
    public static ReportTable Flows(FlowForecast forecast, bool french) =>
        new(
            TableId.Forecast,
            french ? FormattableString.Invariant($"Prévisionnel {forecast.Year}") : FormattableString.Invariant($"Forecast {forecast.Year}"),
            Columns(french, french ? "Établissement" : "Establishment"),
            forecast.ByEstablishment.Select(kv => Row(RowKind.Group, kv.Key, kv.Key, kv.Value)).Append(Row(RowKind.Total, "total", "Total", forecast.Total)).ToList());

    /// <summary>The backtest's table: projected, actual and error for each establishment and the total.</summary>
    public static ReportTable Backtest(ForecastBacktest backtest, bool french)
    {
        var rows = new List<ReportTableRow>();
        void Add(string name, FlowCounts projected, FlowCounts actual)
        {
            rows.Add(Row(RowKind.Group, name + "/projected", name + (french ? " : projeté" : ": projected"), projected));
            rows.Add(Row(RowKind.Group, name + "/actual", name + (french ? " : réel" : ": actual"), actual));
            rows.Add(Row(RowKind.Group, name + "/error", name + (french ? " : écart" : ": error"), ForecastBacktest.Error(projected, actual)));
        }

        foreach (var kv in backtest.Projected.ByEstablishment)
        {
            Add(kv.Key, kv.Value, backtest.ActualByEstablishment[kv.Key]);
        }

        Add("Total", backtest.Projected.Total, backtest.ActualTotal);
        return new ReportTable(
            TableId.ForecastBacktest,
            french ? FormattableString.Invariant($"Prévisionnel {backtest.Projected.Year} à l'épreuve du réel") : FormattableString.Invariant($"Backtest of {backtest.Projected.Year}"),
            Columns(french, string.Empty),
            rows);
    }

    private static IReadOnlyList<string> Columns(bool french, string first) => french
        ? new[] { first, "Présents au 1er janvier", "Entrées", "Accompagnés", "Sorties", "Présents au 31 décembre" }
        : new[] { first, "Present on 1 January", "Entries", "Accompanied", "Exits", "Present on 31 December" };

    private static ReportTableRow Row(RowKind kind, string key, string label, FlowCounts f) =>
        new(kind, key, label, new[] { f.PresentStart, f.Entries, f.Accompanied, f.Exits, f.PresentEnd }.Select(v => new ReportNumber(v, ReportValueKind.Count)).ToList());
}
