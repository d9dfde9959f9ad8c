using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Cae.IO.Json;
using Cae.Rules.Forecast;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Forecast;

/// <summary>
/// Writes <c>cae forecast</c>'s JSON (data contract §7'): <c>{ "year", "flows": { "total", "by_establishment" },
/// "assumptions": [...] }</c>, plus <c>turnover</c>, <c>contributions</c>, <c>support_budget</c> and
/// <c>self_financing</c> when projected; a backtest adds <c>actual</c> and <c>error</c> (projected − actual) of the
/// same shape as <c>flows</c> and <c>present_end_relative_error</c>.
/// </summary>
internal static class ForecastJsonWriter
{
    /// <summary>Writes a forecast.</summary>
    public static void Write(FlowForecast forecast, TextWriter output) =>
        JsonOut.Document(output, w =>
        {
            w.WriteStartObject();
            Body(w, forecast);
            w.WriteEndObject();
        });

    /// <summary>Writes a backtest.</summary>
    public static void Write(ForecastBacktest backtest, TextWriter output) =>
        JsonOut.Document(output, w =>
        {
            w.WriteStartObject();
            Body(w, backtest.Projected);
            Flows(w, "actual", backtest.ActualTotal, backtest.ActualByEstablishment);
            var errors = new SortedDictionary<string, FlowCounts>(System.StringComparer.Ordinal);
            foreach (var kv in backtest.Projected.ByEstablishment)
            {
                errors[kv.Key] = ForecastBacktest.Error(kv.Value, backtest.ActualByEstablishment[kv.Key]);
            }

            Flows(w, "error", ForecastBacktest.Error(backtest.Projected.Total, backtest.ActualTotal), errors);
            if (backtest.PresentEndRelativeError is { } e)
            {
                w.WriteNumber("present_end_relative_error", e);
            }
            else
            {
                w.WriteNull("present_end_relative_error");
            }

            w.WriteEndObject();
        });

    private static void Body(Utf8JsonWriter w, FlowForecast forecast)
    {
        w.WriteNumber("year", forecast.Year);
        Flows(w, "flows", forecast.Total, forecast.ByEstablishment);
        w.WriteStartArray("assumptions");
        foreach (var a in forecast.Assumptions)
        {
            w.WriteStringValue(a);
        }

        w.WriteEndArray();
        if (forecast.Money is { } money)
        {
            JsonOut.Money(w, "turnover", money.Turnover);
            JsonOut.Money(w, "contributions", money.Contributions);
            JsonOut.Money(w, "support_budget", money.SupportBudget);
            if (money.SelfFinancing is { } rate)
            {
                w.WriteNumber("self_financing", rate);
            }
            else
            {
                w.WriteNull("self_financing");
            }
        }
    }

    private static void Flows(Utf8JsonWriter w, string name, FlowCounts total, IReadOnlyDictionary<string, FlowCounts> byEstablishment)
    {
        w.WriteStartObject(name);
        Counts(w, "total", total);
        w.WriteStartObject("by_establishment");
        foreach (var kv in byEstablishment)
        {
            Counts(w, kv.Key, kv.Value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter w, string name, FlowCounts f)
    {
        w.WriteStartObject(name);
        w.WriteNumber("present_start", f.PresentStart);
        w.WriteNumber("entries", f.Entries);
        w.WriteNumber("accompanied", f.Accompanied);
        w.WriteNumber("exits", f.Exits);
        w.WriteNumber("present_end", f.PresentEnd);
        w.WriteEndObject();
    }
}
