using Cae.Domain.Values;

namespace Cae.Rules.Indicators;

/// <summary>
/// How the annual report rounds what it computes, in one place.
/// </summary>
/// <remarks>
/// <para>Counts are whole numbers. Amounts are exact to the cent (sums of cents, never rounded). Hours are
/// exact to the hundredth of an hour.</para>
/// <para>Rates, shares and growth (fractions: 0.5574 for 55.74 %) are the exact quotient rounded to
/// <see cref="RateDecimals"/> = 4 decimals. Averages (per salaried person, per associate, hours per month,
/// months of path) and full-time equivalents are rounded to <see cref="AverageDecimals"/> = 2 decimals.
/// Every rounding is half away from zero (<see cref="Rounding.ToDecimals"/>), and is applied once, to the
/// exact quotient of exact sums, so a figure never depends on how the data was split or merged.</para>
/// </remarks>
public static class ReportRounding
{
    /// <summary>Decimals kept for rates, shares and growth (4).</summary>
    public const int RateDecimals = 4;

    /// <summary>Decimals kept for averages and full-time equivalents (2).</summary>
    public const int AverageDecimals = 2;

    /// <summary>The ratio of two exact quantities as a rate, rounded to 4 decimals; <c>null</c> when the denominator is zero.</summary>
    /// <param name="part">The numerator.</param>
    /// <param name="whole">The denominator.</param>
    public static decimal? Rate(decimal part, decimal whole) => whole == 0m ? null : Rounding.ToDecimals(part / whole, RateDecimals);

    /// <summary>The quotient of two exact quantities as an average, rounded to 2 decimals; <c>null</c> when the denominator is zero.</summary>
    /// <param name="total">The numerator.</param>
    /// <param name="count">The denominator.</param>
    public static decimal? Average(decimal total, decimal count) => count == 0m ? null : Rounding.ToDecimals(total / count, AverageDecimals);

    /// <summary>The growth from a previous value to a current one, (current − previous) / previous, rounded to 4 decimals; <c>null</c> when the previous value is zero.</summary>
    /// <param name="current">The value of the year.</param>
    /// <param name="previous">The value of the year before.</param>
    public static decimal? Growth(decimal current, decimal previous) => previous == 0m ? null : Rounding.ToDecimals((current - previous) / previous, RateDecimals);
}
