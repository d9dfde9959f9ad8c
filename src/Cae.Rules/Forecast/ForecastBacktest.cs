using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Rules.Indicators;

namespace Cae.Rules.Forecast;

/// <summary>A projection of a past year from the data up to the year before, beside the year's actual flows.</summary>
/// <remarks>Immutable. An error is projected − actual.</remarks>
public sealed class ForecastBacktest
{
    /// <summary>Creates a backtest.</summary>
    /// <param name="projected">The projection.</param>
    /// <param name="actualByEstablishment">The actual flows of the projected establishments.</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public ForecastBacktest(FlowForecast projected, IReadOnlyDictionary<string, FlowCounts> actualByEstablishment)
    {
        Projected = projected ?? throw new ArgumentNullException(nameof(projected));
        ActualByEstablishment = new SortedDictionary<string, FlowCounts>(
            (actualByEstablishment ?? throw new ArgumentNullException(nameof(actualByEstablishment))).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
        ActualTotal = new FlowCounts(
            ActualByEstablishment.Values.Sum(f => f.PresentStart),
            ActualByEstablishment.Values.Sum(f => f.Entries),
            ActualByEstablishment.Values.Sum(f => f.Exits),
            ActualByEstablishment.Values.Sum(f => f.PresentEnd));
    }

    /// <summary>The projection.</summary>
    public FlowForecast Projected { get; }

    /// <summary>The actual flows, by establishment.</summary>
    public IReadOnlyDictionary<string, FlowCounts> ActualByEstablishment { get; }

    /// <summary>The actual flows of the establishments projected.</summary>
    public FlowCounts ActualTotal { get; }

    /// <summary>Projected − actual, field by field.</summary>
    /// <param name="projected">The projected flows.</param>
    /// <param name="actual">The actual flows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actual"/> or <paramref name="projected"/> is <c>null</c>.</exception>
    public static FlowCounts Error(FlowCounts projected, FlowCounts actual)
    {
        if (projected is null)
        {
            throw new ArgumentNullException(nameof(projected));
        }

        if (actual is null)
        {
            throw new ArgumentNullException(nameof(actual));
        }

        return new FlowCounts(projected.PresentStart - actual.PresentStart, projected.Entries - actual.Entries, projected.Exits - actual.Exits, projected.PresentEnd - actual.PresentEnd);
    }

    /// <summary>The relative error of the projected present at the end of the year over all establishments: |projected − actual| / actual (<c>null</c> when actual is 0).</summary>
    public decimal? PresentEndRelativeError =>
        ActualTotal.PresentEnd == 0 ? null : ReportRounding.Rate(Math.Abs(Projected.Total.PresentEnd - ActualTotal.PresentEnd), ActualTotal.PresentEnd);
}
