namespace Cae.Rules.Forecast;

/// <summary>
/// Which assumption of a <see cref="FlowForecast"/> a sentence states: the key of its text in a language's catalogue,
/// the <see cref="ForecastAssumption.Arguments"/> filling the text's places <c>{0}</c>, <c>{1}</c>, … in order.
/// </summary>
public enum ForecastAssumptionKey
{
    /// <summary>present_start is the present at the end of Y−1. Arguments: Y−1, Y.</summary>
    PresentStart,

    /// <summary>Entries are the mean of the observed years. Argument: the years (<c>2012–2014</c>).</summary>
    EntriesMean,

    /// <summary>Entries are the targets where given, the mean elsewhere. Arguments: the establishments with a target, the years.</summary>
    EntriesTargets,

    /// <summary>Exits are the targets in every establishment. No argument.</summary>
    ExitsTargets,

    /// <summary>Exits are projected. Arguments: people reaching the support limit, the years, exits observed, person-months observed.</summary>
    ExitsProjected,

    /// <summary>Exits are the targets where given and projected elsewhere. Arguments: the establishments with a target, then those of <see cref="ExitsProjected"/>.</summary>
    ExitsTargetsElsewhereProjected,

    /// <summary>Expected exits are rounded by establishment, and the total is their sum. No argument.</summary>
    Rounding,
}
