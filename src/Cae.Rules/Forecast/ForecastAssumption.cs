using System;
using System.Collections.Generic;
using System.Linq;

namespace Cae.Rules.Forecast;

/// <summary>
/// One assumption of a <see cref="FlowForecast"/> as data: its <see cref="Key"/> and the values that fill its text
/// (numbers and years formatted invariantly, names as they are), so that each language writes it in its own words.
/// </summary>
/// <remarks>Immutable, with value equality.</remarks>
public sealed class ForecastAssumption : IEquatable<ForecastAssumption>
{
    /// <summary>Creates an assumption.</summary>
    /// <param name="key">Which assumption.</param>
    /// <param name="arguments">The values filling its text, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> is <c>null</c>.</exception>
    public ForecastAssumption(ForecastAssumptionKey key, IReadOnlyList<string> arguments)
    {
        Key = key;
        Arguments = (arguments ?? throw new ArgumentNullException(nameof(arguments))).ToArray();
    }

    /// <summary>Which assumption.</summary>
    public ForecastAssumptionKey Key { get; }

    /// <summary>The values filling the text's places <c>{0}</c>, <c>{1}</c>, … in order.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <inheritdoc/>
    public bool Equals(ForecastAssumption? other) => other is not null && Key == other.Key && Arguments.SequenceEqual(other.Arguments, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ForecastAssumption other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Key * 31) ^ Arguments.Count;
}
