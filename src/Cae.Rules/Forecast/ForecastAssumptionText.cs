using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Cae.Rules.Forecast;

/// <summary>The English sentence of each <see cref="ForecastAssumptionKey"/> (that of <see cref="FlowForecast.Assumptions"/>); the report writers take each language's own from their catalogues.</summary>
internal static class ForecastAssumptionText
{
    private const string Limit = "{0} people reach the support limit and leave at the first general assembly on or after it (as associates when they applied), and the others leave at the monthly exit rates by months of support observed in {1} ({2} exits over {3} person-months), entries spread evenly over the year.";

    private static readonly Dictionary<ForecastAssumptionKey, string> English = new()
    {
        [ForecastAssumptionKey.PresentStart] = "present_start: the people present at the end of {0} (entered before 1 January {1}, not exited before it).",
        [ForecastAssumptionKey.EntriesMean] = "entries: the mean of the entries of {0}, by establishment.",
        [ForecastAssumptionKey.EntriesTargets] = "entries: the targets given for {0}; elsewhere the mean of the entries of {1}.",
        [ForecastAssumptionKey.ExitsTargets] = "exits: the targets given.",
        [ForecastAssumptionKey.ExitsProjected] = "exits: projected: " + Limit,
        [ForecastAssumptionKey.ExitsTargetsElsewhereProjected] = "exits: the targets given for {0}; elsewhere projected: " + Limit.Replace("{3}", "{4}").Replace("{2}", "{3}").Replace("{1}", "{2}").Replace("{0}", "{1}"),
        [ForecastAssumptionKey.Rounding] = "Expected exits are rounded half away from zero by establishment; the total is the sum of the establishments.",
    };

    /// <summary>The English sentence of an assumption.</summary>
    public static string Of(ForecastAssumption assumption) =>
        string.Format(CultureInfo.InvariantCulture, English[assumption.Key], assumption.Arguments.Cast<object>().ToArray());
}
