using System;
using System.Diagnostics.Contracts;

namespace Cae.Domain.Values;

/// <summary>
/// The rounding rules of the library, in one place.
/// </summary>
/// <remarks>
/// Every computed amount is rounded to the cent, half away from zero (0.005 → 0.01, −0.005 → −0.01),
/// the rule French payroll and accounting use. Hours are rounded to the hundredth of an hour, half away
/// from zero. Rounding happens where a rule says so (per activity row, per pay slip), never implicitly.
/// Both functions are idempotent: rounding a rounded value returns it unchanged.
/// </remarks>
public static class Rounding
{
    /// <summary>Rounds an amount in euros to the cent, half away from zero.</summary>
    /// <param name="euros">The exact amount.</param>
    /// <returns>The amount rounded to two decimals.</returns>
    [Pure]
    public static decimal ToCent(decimal euros) => Math.Round(euros, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rounds a number of hours to the hundredth of an hour, half away from zero.</summary>
    /// <param name="hours">The exact number of hours.</param>
    /// <returns>The number of hours rounded to two decimals.</returns>
    [Pure]
    public static decimal ToHundredthOfHour(decimal hours) => Math.Round(hours, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rounds a ratio to the given number of decimals, half away from zero (used for displayed rates).</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">How many decimals to keep (0 to 28).</param>
    /// <returns>The rounded value.</returns>
    [Pure]
    public static decimal ToDecimals(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
