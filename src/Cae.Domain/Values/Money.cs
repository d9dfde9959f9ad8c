using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using Cae.Domain.Errors;

namespace Cae.Domain.Values;

/// <summary>
/// An exact amount of euros, held as a whole number of cents. Amounts are excluding VAT (HT) unless a
/// caller says otherwise.
/// </summary>
/// <remarks>
/// <para>Money never goes through binary floating point. The cents are a whole number of up to 96 bits, so
/// that sums of amounts never overflow in practice (2^31 amounts of 10^12 € each stay far within the range).
/// Addition and subtraction are exact (and checked: an overflow of ±792 281 625 142 643 375 935 439 503.35 €
/// throws <see cref="OverflowException"/>). Multiplying by a
/// <see cref="Rate"/> gives an exact decimal product that <see cref="MultiplyBy"/> rounds to the cent, half
/// away from zero (see <see cref="Rounding"/>).</para>
/// <para>Negative amounts are allowed: a credit note is a negative turnover. The default value is zero euros.</para>
/// <para>Text form (<see cref="ToString()"/>) is invariant: <c>-1234.50</c>.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    /// <summary>A whole number of cents (scale 0).</summary>
    private readonly decimal cents;

    private const decimal MaximumEuros = decimal.MaxValue / 100m;
    private const string RangeRule = "an amount is between -792281625142643375935439503.35 and 792281625142643375935439503.35 euros";

    private Money(decimal cents) => this.cents = cents == 0m ? 0m : cents; // no negative zero

    /// <summary>Zero euros (also the default value).</summary>
    public static Money Zero => default;

    /// <summary>The amount as a whole number of cents.</summary>
    /// <exception cref="OverflowException">The amount is beyond ±92 233 720 368 547 758.07 € (a sum of many
    /// amounts); use <see cref="Euros"/>, which is exact over the whole range.</exception>
    public long Cents => decimal.ToInt64(cents);

    /// <summary>The amount in euros, exact (two decimals at most).</summary>
    public decimal Euros => cents / 100m;

    /// <summary>Whether the amount is below zero (a credit note, a loss).</summary>
    public bool IsNegative => cents < 0;

    /// <summary>Creates an amount from a whole number of cents.</summary>
    /// <param name="cents">The number of cents; may be negative.</param>
    [Pure]
    public static Money FromCents(long cents) => new(cents);

    /// <summary>Creates an amount from euros that are already exact to the cent.</summary>
    /// <param name="euros">The amount; at most two decimals, within ±792 281 625 142 643 375 935 439 503.35.</param>
    /// <exception cref="DomainRuleException">The amount has more than two decimals (use <see cref="RoundFromEuros"/>),
    /// or is beyond the range of an amount.</exception>
    [Pure]
    public static Money FromEuros(decimal euros)
    {
        if (!IsInRange(euros))
        {
            throw new DomainRuleException("euros", euros.ToString(CultureInfo.InvariantCulture), RangeRule);
        }

        if (!IsExactToTheCent(euros))
        {
            throw new DomainRuleException("euros", euros.ToString(CultureInfo.InvariantCulture), "an amount of money is exact to the cent (two decimals at most)");
        }

        return new Money(decimal.Truncate(euros * 100m));
    }

    /// <summary>Creates an amount from a computed number of euros, rounded to the cent, half away from zero.</summary>
    /// <param name="euros">The exact computed amount.</param>
    [Pure]
    public static Money RoundFromEuros(decimal euros) => new(decimal.Truncate(Rounding.ToCent(euros) * 100m));

    /// <summary>Parses an invariant amount such as <c>1234.56</c> or <c>-3</c>.</summary>
    /// <param name="text">The text; at most two decimals, <c>.</c> as decimal separator, no thousands separator,
    /// no surrounding space.</param>
    /// <exception cref="DomainRuleException">The text is not such an amount, or the amount is beyond the range of an
    /// amount; the exception names the field <c>amount</c> and the text.</exception>
    [Pure]
    public static Money Parse(string text)
    {
        if (text is not null
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && IsInRange(value)
            && IsExactToTheCent(value))
        {
            return new Money(decimal.Truncate(value * 100m));
        }

        throw new DomainRuleException("amount", text, "an amount is written like -1234.56: at most two decimals, " + RangeRule);
    }

    /// <summary>Multiplies by a rate and rounds the product to the cent, half away from zero.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The rounded product.</returns>
    [Pure]
    public Money MultiplyBy(Rate rate) => RoundFromEuros(Euros * rate.Value);

    /// <summary>The exact product of this amount and a rate, in euros, not rounded.</summary>
    /// <param name="rate">The rate.</param>
    [Pure]
    public decimal ExactProduct(Rate rate) => Euros * rate.Value;

    /// <summary>The larger of two amounts.</summary>
    [Pure]
    public static Money Max(Money a, Money b) => a.cents >= b.cents ? a : b;

    /// <summary>The smaller of two amounts.</summary>
    [Pure]
    public static Money Min(Money a, Money b) => a.cents <= b.cents ? a : b;

    /// <summary>Adds two amounts exactly.</summary>
    public static Money operator +(Money a, Money b) => new(a.cents + b.cents);

    /// <summary>Subtracts two amounts exactly.</summary>
    public static Money operator -(Money a, Money b) => new(a.cents - b.cents);

    /// <summary>Negates an amount.</summary>
    public static Money operator -(Money a) => new(-a.cents);

    /// <summary>Equality of amounts.</summary>
    public static bool operator ==(Money a, Money b) => a.cents == b.cents;

    /// <summary>Inequality of amounts.</summary>
    public static bool operator !=(Money a, Money b) => a.cents != b.cents;

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>.</summary>
    public static bool operator <(Money a, Money b) => a.cents < b.cents;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>.</summary>
    public static bool operator >(Money a, Money b) => a.cents > b.cents;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>.</summary>
    public static bool operator <=(Money a, Money b) => a.cents <= b.cents;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>.</summary>
    public static bool operator >=(Money a, Money b) => a.cents >= b.cents;

    /// <inheritdoc />
    public bool Equals(Money other) => cents == other.cents;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => cents.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => cents.CompareTo(other.cents);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Money.", nameof(obj)),
    };

    private static bool IsInRange(decimal euros) => euros >= -MaximumEuros && euros <= MaximumEuros;

    private static bool IsExactToTheCent(decimal euros) => decimal.Round(euros, 2) == euros;

    /// <summary>The amount in invariant form with two decimals, e.g. <c>-1234.50</c>.</summary>
    public override string ToString() => Euros.ToString("0.00", CultureInfo.InvariantCulture);
}
