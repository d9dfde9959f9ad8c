using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using Cae.Domain.Errors;

namespace Cae.Domain.Values;

/// <summary>
/// A rate as an exact fraction between 0 and 1 inclusive (0.10 is 10 %): a contribution rate, an employer-charge
/// rate, an outcome rate.
/// </summary>
/// <remarks>
/// Held as a <see cref="decimal"/>, so 0.1 is exact. The default value is a rate of zero.
/// Text form is the invariant fraction (<c>0.1</c>), never a percentage.
/// </remarks>
public readonly struct Rate : IEquatable<Rate>, IComparable<Rate>, IComparable
{
    private readonly decimal value;

    private Rate(decimal value) => this.value = value;

    /// <summary>A rate of zero.</summary>
    public static Rate Zero => default;

    /// <summary>A rate of one (100 %).</summary>
    public static Rate One => new(1m);

    /// <summary>The fraction, between 0 and 1 inclusive.</summary>
    public decimal Value => value;

    /// <summary>Creates a rate from a fraction.</summary>
    /// <param name="fraction">The fraction, between 0 and 1 inclusive (0.10 for 10 %).</param>
    /// <exception cref="DomainRuleException">The fraction is outside [0, 1].</exception>
    [Pure]
    public static Rate FromFraction(decimal fraction)
    {
        if (fraction < 0m || fraction > 1m)
        {
            throw new DomainRuleException("rate", fraction.ToString(CultureInfo.InvariantCulture), "a rate is a fraction between 0 and 1 (0.10 for 10 %)");
        }

        return new Rate(fraction);
    }

    /// <summary>Creates a rate from a percentage (10 for 10 %).</summary>
    /// <param name="percent">The percentage, between 0 and 100 inclusive.</param>
    /// <exception cref="DomainRuleException">The percentage is outside [0, 100]; the exception names the percentage given.</exception>
    [Pure]
    public static Rate FromPercent(decimal percent)
    {
        if (percent < 0m || percent > 100m)
        {
            throw new DomainRuleException("rate", percent.ToString(CultureInfo.InvariantCulture) + " %", "a rate in percent is between 0 and 100");
        }

        return new Rate(percent / 100m);
    }

    /// <summary>The ratio of two counts as a rate; <c>null</c> when the denominator is zero.</summary>
    /// <param name="part">The numerator, between 0 and <paramref name="whole"/>.</param>
    /// <param name="whole">The denominator.</param>
    [Pure]
    public static Rate? Ratio(long part, long whole) => whole == 0 ? null : FromFraction((decimal)part / whole);

    /// <summary>Equality of rates.</summary>
    public static bool operator ==(Rate a, Rate b) => a.value == b.value;

    /// <summary>Inequality of rates.</summary>
    public static bool operator !=(Rate a, Rate b) => a.value != b.value;

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>.</summary>
    public static bool operator <(Rate a, Rate b) => a.value < b.value;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>.</summary>
    public static bool operator >(Rate a, Rate b) => a.value > b.value;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>.</summary>
    public static bool operator <=(Rate a, Rate b) => a.value <= b.value;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>.</summary>
    public static bool operator >=(Rate a, Rate b) => a.value >= b.value;

    /// <inheritdoc />
    public bool Equals(Rate other) => value == other.value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Rate other) => value.CompareTo(other.value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rate other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Rate.", nameof(obj)),
    };

    /// <summary>The invariant fraction, e.g. <c>0.1</c>.</summary>
    public override string ToString() => value.ToString(CultureInfo.InvariantCulture);
}
