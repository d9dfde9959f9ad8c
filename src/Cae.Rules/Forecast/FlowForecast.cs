using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Rules.Indicators;

namespace Cae.Rules.Forecast;

/// <summary>
/// The projected flows of a year by establishment (data contract §7'), with the assumptions they rest on and,
/// when the policy gives the year's support budget, the projected turnover, contributions and self-financing rate.
/// </summary>
/// <remarks>Immutable. In every establishment present_start + entries − exits = present_end; the total is the sum of the establishments.</remarks>
public sealed class FlowForecast : IEquatable<FlowForecast>
{
    /// <summary>Creates a forecast.</summary>
    /// <param name="year">The projected year.</param>
    /// <param name="byEstablishment">The flows of each establishment.</param>
    /// <param name="assumptions">The assumptions, as sentences.</param>
    /// <param name="money">The projected amounts, or <c>null</c> without a support budget for the year.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="money"/> is <c>null</c>.</exception>
    public FlowForecast(int year, IReadOnlyDictionary<string, FlowCounts> byEstablishment, IReadOnlyList<string> assumptions, ForecastMoney? money)
    {
        Year = year;
        ByEstablishment = new SortedDictionary<string, FlowCounts>(
            (byEstablishment ?? throw new ArgumentNullException(nameof(byEstablishment))).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
        Assumptions = (assumptions ?? throw new ArgumentNullException(nameof(assumptions))).ToArray();
        Money = money;
        long start = 0, entries = 0, exits = 0, end = 0;
        foreach (var f in ByEstablishment.Values)
        {
            start += f.PresentStart;
            entries += f.Entries;
            exits += f.Exits;
            end += f.PresentEnd;
        }

        Total = new FlowCounts(start, entries, exits, end);
    }

    /// <summary>Creates a forecast whose assumptions are data (<see cref="KeyedAssumptions"/>), each language writing them in its words; <see cref="Assumptions"/> are their English sentences.</summary>
    /// <param name="year">The projected year.</param>
    /// <param name="byEstablishment">The flows of each establishment.</param>
    /// <param name="assumptions">The assumptions.</param>
    /// <param name="money">The projected amounts, or <c>null</c> without a support budget for the year.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="money"/> is <c>null</c>.</exception>
    public FlowForecast(int year, IReadOnlyDictionary<string, FlowCounts> byEstablishment, IReadOnlyList<ForecastAssumption> assumptions, ForecastMoney? money)
        : this(year, byEstablishment, (assumptions ?? throw new ArgumentNullException(nameof(assumptions))).Select(ForecastAssumptionText.Of).ToArray(), money)
    {
        KeyedAssumptions = assumptions.ToArray();
    }

    /// <summary>The projected year.</summary>
    public int Year { get; }

    /// <summary>The assumptions as keys and values, in the order of <see cref="Assumptions"/>; empty when the forecast was made from sentences only.</summary>
    public IReadOnlyList<ForecastAssumption> KeyedAssumptions { get; } = Array.Empty<ForecastAssumption>();

    /// <summary>The flows of all establishments.</summary>
    public FlowCounts Total { get; }

    /// <summary>The flows of each establishment, by name (ordinal order).</summary>
    public IReadOnlyDictionary<string, FlowCounts> ByEstablishment { get; }

    /// <summary>The assumptions of the projection, one sentence each.</summary>
    public IReadOnlyList<string> Assumptions { get; }

    /// <summary>The projected amounts, or <c>null</c> when the policy gives no support budget for the year.</summary>
    public ForecastMoney? Money { get; }

    /// <inheritdoc/>
    public bool Equals(FlowForecast? other) =>
        other is not null && Year == other.Year && Total == other.Total && Equals(Money, other.Money)
        && ByEstablishment.SequenceEqual(other.ByEstablishment) && Assumptions.SequenceEqual(other.Assumptions) && KeyedAssumptions.SequenceEqual(other.KeyedAssumptions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FlowForecast other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Year, Total).GetHashCode();
}
