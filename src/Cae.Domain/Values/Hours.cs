using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using Cae.Domain.Errors;

namespace Cae.Domain.Values;

/// <summary>
/// A non-negative number of paid salary hours, exact to the hundredth of an hour (0.01 h).
/// </summary>
/// <remarks>
/// Held as a whole number of hundredths. Hours are never negative: constructing a negative value throws.
/// Computed hours are rounded to 0.01 h, half away from zero (<see cref="Rounding.ToHundredthOfHour"/>).
/// The default value is zero hours. Text form is invariant: <c>151.67</c>.
/// </remarks>
public readonly struct Hours : IEquatable<Hours>, IComparable<Hours>, IComparable
{
    private readonly long hundredths;

    private Hours(long hundredths) => this.hundredths = hundredths;

    /// <summary>Zero hours.</summary>
    public static Hours Zero => default;

    /// <summary>The number of hours as a whole number of hundredths of an hour.</summary>
    public long Hundredths => hundredths;

    /// <summary>The number of hours, exact (two decimals at most).</summary>
    public decimal Value => hundredths / 100m;

    /// <summary>Creates hours from a whole number of hundredths of an hour.</summary>
    /// <param name="hundredths">The number of hundredths; not negative.</param>
    /// <exception cref="DomainRuleException">The number is negative.</exception>
    [Pure]
    public static Hours FromHundredths(long hundredths)
    {
        if (hundredths < 0)
        {
            throw new DomainRuleException("hours", (hundredths / 100m).ToString(CultureInfo.InvariantCulture), "hours are never negative");
        }

        return new Hours(hundredths);
    }

    /// <summary>Creates hours from an exact value with at most two decimals.</summary>
    /// <param name="hours">The number of hours; not negative, at most two decimals.</param>
    /// <exception cref="DomainRuleException">The value is negative, has more than two decimals or is beyond 2^63
    /// hundredths; the exception names the field <c>hours</c> and the value as given.</exception>
    [Pure]
    public static Hours FromDecimal(decimal hours)
    {
        ThrowIfNegative(hours);
        var scaled = hours * 100m;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new DomainRuleException("hours", hours.ToString(CultureInfo.InvariantCulture), "hours are exact to the hundredth (two decimals at most)");
        }

        if (scaled > long.MaxValue)
        {
            throw new DomainRuleException("hours", hours.ToString(CultureInfo.InvariantCulture), "too many hours to be held exactly");
        }

        return new Hours(decimal.ToInt64(scaled));
    }

    /// <summary>Creates hours from a computed value, rounded to 0.01 h, half away from zero.</summary>
    /// <param name="hours">The computed number of hours; not negative.</param>
    /// <exception cref="DomainRuleException">The value is negative, even by less than 0.005 h; the exception names
    /// the field <c>hours</c> and the value as given, before rounding.</exception>
    [Pure]
    public static Hours Round(decimal hours)
    {
        ThrowIfNegative(hours);
        return new Hours(decimal.ToInt64(Rounding.ToHundredthOfHour(hours) * 100m));
    }

    /// <summary>The smaller of two numbers of hours.</summary>
    [Pure]
    public static Hours Min(Hours a, Hours b) => a.hundredths <= b.hundredths ? a : b;

    /// <summary>Adds two numbers of hours exactly.</summary>
    public static Hours operator +(Hours a, Hours b) => new(checked(a.hundredths + b.hundredths));

    /// <summary>Equality.</summary>
    public static bool operator ==(Hours a, Hours b) => a.hundredths == b.hundredths;

    /// <summary>Inequality.</summary>
    public static bool operator !=(Hours a, Hours b) => a.hundredths != b.hundredths;

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>.</summary>
    public static bool operator <(Hours a, Hours b) => a.hundredths < b.hundredths;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>.</summary>
    public static bool operator >(Hours a, Hours b) => a.hundredths > b.hundredths;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>.</summary>
    public static bool operator <=(Hours a, Hours b) => a.hundredths <= b.hundredths;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>.</summary>
    public static bool operator >=(Hours a, Hours b) => a.hundredths >= b.hundredths;

    /// <inheritdoc />
    public bool Equals(Hours other) => hundredths == other.hundredths;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Hours other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => hundredths.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Hours other) => hundredths.CompareTo(other.hundredths);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Hours other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Hours.", nameof(obj)),
    };

    private static void ThrowIfNegative(decimal hours)
    {
        if (hours < 0m)
        {
            throw new DomainRuleException("hours", hours.ToString(CultureInfo.InvariantCulture), "hours are never negative");
        }
    }

    /// <summary>The invariant number of hours with two decimals, e.g. <c>151.67</c>.</summary>
    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture);
}
