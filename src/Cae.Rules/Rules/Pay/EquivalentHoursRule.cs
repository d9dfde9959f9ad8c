using System;
using System.Diagnostics.Contracts;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.Pay;

/// <summary>
/// Salary hours from a gross salary: the hours of the SMIC the salary is worth, capped at the legal monthly
/// duration; and full-time equivalents from hours.
/// </summary>
/// <remarks>
/// <para><b>Code de la sécurité sociale, article D.241-27</b> (cae-rules-facts §D.19): under the CESA, pay does not
/// refer to working time; for the general reduction the hours taken into account are 151.67 when the gross salary
/// is at least SMIC × 151.67, and otherwise gross / SMIC hourly. Worked example: 1 000 € gross at 9.67 €/h gives
/// 103.4 h. The library rounds hours to the hundredth, half away from zero (<see cref="Hours.Round"/>): 1 000 / 9.67
/// = 103.4126… gives 103.41 h; the source's 103.4 is the same value rounded to one decimal.</para>
/// <para><b>Rule.</b> hours = min(151.67, gross / SMIC hourly in force on the first day of the month), rounded to
/// 0.01 h; a gross of zero gives zero hours. The legal monthly duration is the policy's
/// <see cref="CaePolicy.MonthlyLegalHours"/> (35 × 52 / 12 = 151.67, Code du travail L3121-27, §E.22).</para>
/// <para><b>FTE.</b> full-time equivalents = hours / the policy's annual FTE hours (1 820 = 35 × 52 by default, the
/// basis that reproduces Coopilote's published FTE, §E.23).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EquivalentHoursRule
{
    private readonly CaePolicy policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the SMIC, the legal monthly hours and the FTE basis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public EquivalentHoursRule(CaePolicy policy) => this.policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>The equivalent hours of a gross salary paid in a month.</summary>
    /// <param name="gross">The gross salary; zero or negative gives zero hours.</param>
    /// <param name="month">The month (the SMIC in force on its first day applies).</param>
    /// <exception cref="Domain.Errors.DomainRuleException">No SMIC is known for that month.</exception>
    [Pure]
    public Hours HoursFor(Money gross, YearMonth month)
    {
        var day = month.OnDayOfMonth(1);
        return EquivalentHours(gross, policy.SmicHourly.ValueOn(day), policy.MonthlyLegalHours.ValueOn(day));
    }

    /// <summary>min(monthly hours, gross / SMIC hourly), rounded to 0.01 h, half away from zero; never negative.</summary>
    /// <param name="gross">The gross salary.</param>
    /// <param name="smicHourly">The SMIC hourly rate; positive.</param>
    /// <param name="monthlyHours">The cap: the legal monthly duration (151.67).</param>
    /// <exception cref="Domain.Errors.DomainRuleException"><paramref name="smicHourly"/> is not positive.</exception>
    [Pure]
    public static Hours EquivalentHours(Money gross, Money smicHourly, Hours monthlyHours)
    {
        if (smicHourly <= Money.Zero)
        {
            throw new Domain.Errors.DomainRuleException("smic_hourly", smicHourly.ToString(), "the SMIC hourly rate is positive");
        }

        if (gross <= Money.Zero)
        {
            return Hours.Zero;
        }

        return Hours.Min(monthlyHours, Hours.Round(gross.Euros / smicHourly.Euros));
    }

    /// <summary>Full-time equivalents of a number of paid hours: hours / the annual FTE hours in force on a day.</summary>
    /// <param name="hours">The paid hours (of a year, or of a part of it).</param>
    /// <param name="on">The day the FTE basis is read (usually the first day of the year).</param>
    /// <returns>The exact ratio, not rounded.</returns>
    [Pure]
    public decimal FullTimeEquivalent(Hours hours, LocalDate on) => hours.Value / policy.FteAnnualHours.ValueOn(on).Value;
}
