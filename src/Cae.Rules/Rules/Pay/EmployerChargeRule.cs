using System;
using System.Diagnostics.Contracts;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.Pay;

/// <summary>
/// Employer charges on a gross salary, and the gross salary a budget can fund once they are paid.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> Employer charges depend on the salary level because of the general reduction of employer
/// contributions on low wages (Code de la sécurité sociale, article L241-13): about 5 % at the SMIC, 16 % at
/// 2 055 € gross and 30 % at 2 560 € gross in a 2024 worked example (cae-rules-facts §D.18). The policy holds the
/// schedule (<see cref="CaePolicy.EmployerCharges"/>): a flat rate, or rates by multiple of the SMIC, interpolated
/// linearly (<see cref="EmployerChargeSchedule.RateAt"/>).</para>
/// <para><b>The multiple.</b> multiple = gross / (SMIC hourly × 151.67), but never below 1: a gross below a monthly
/// SMIC is a part-time salary whose equivalent hours shrink with it (CSS D.241-27), so it stays at the SMIC's rate.</para>
/// <para><b>The split.</b> The budget pays gross + charges(gross). The rule solves
/// budget = gross × (1 + rate(multiple(gross))) for gross (exactly for a flat rate, by bisection to 10⁻⁷ € for a schedule),
/// rounds gross to the cent, half away from zero, and gives the charges as budget − gross, so the two add up to
/// the budget to the cent. A budget of zero or less funds no salary: gross and charges are zero.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EmployerChargeRule
{
    private readonly CaePolicy policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the schedule, the SMIC and the legal monthly hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public EmployerChargeRule(CaePolicy policy) => this.policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>The gross salary as a multiple of the SMIC for the same hours: gross / (SMIC hourly × monthly hours), at least 1.</summary>
    /// <param name="gross">The gross salary.</param>
    /// <param name="smicHourly">The SMIC hourly rate.</param>
    /// <param name="monthlyHours">The legal monthly hours (151.67).</param>
    [Pure]
    public static decimal SmicMultiple(Money gross, Money smicHourly, Hours monthlyHours) =>
        Multiple(gross.Euros, smicHourly.Euros * monthlyHours.Value);

    /// <summary>The employer-charge rate on a gross salary paid in a month, exact (not rounded).</summary>
    /// <param name="gross">The gross salary.</param>
    /// <param name="month">The month (the schedule and SMIC in force on its first day apply).</param>
    [Pure]
    public decimal RateFor(Money gross, YearMonth month)
    {
        var day = month.OnDayOfMonth(1);
        return policy.EmployerCharges.ValueOn(day).RateAt(SmicMultiple(gross, policy.SmicHourly.ValueOn(day), policy.MonthlyLegalHours.ValueOn(day)));
    }

    /// <summary>Splits a month's budget into gross salary and employer charges.</summary>
    /// <param name="available">The budget for gross salary plus employer charges.</param>
    /// <param name="month">The month.</param>
    [Pure]
    public GrossSplit Split(Money available, YearMonth month)
    {
        var day = month.OnDayOfMonth(1);
        return Split(available, policy.EmployerCharges.ValueOn(day), policy.SmicHourly.ValueOn(day), policy.MonthlyLegalHours.ValueOn(day));
    }

    /// <summary>Splits a budget into gross salary and employer charges under a schedule.</summary>
    /// <param name="available">The budget for gross salary plus employer charges.</param>
    /// <param name="schedule">The employer-charge schedule.</param>
    /// <param name="smicHourly">The SMIC hourly rate.</param>
    /// <param name="monthlyHours">The legal monthly hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <c>null</c>.</exception>
    [Pure]
    public static GrossSplit Split(Money available, EmployerChargeSchedule schedule, Money smicHourly, Hours monthlyHours)
    {
        if (schedule is null)
        {
            throw new ArgumentNullException(nameof(schedule));
        }

        if (available <= Money.Zero)
        {
            var rate0 = schedule.RateAt(1m);
            return new GrossSplit(Money.Zero, Money.Zero, 1m, rate0);
        }

        var budget = available.Euros;
        var monthlySmic = smicHourly.Euros * monthlyHours.Value;

        decimal exact;
        if (schedule.IsFlat)
        {
            exact = budget / (1m + schedule.RateAt(1m));
        }
        else
        {
            // f(g) = g × (1 + rate(g)) grows with g; find f(g) = budget between 0 and the budget.
            decimal lo = 0m, hi = budget;
            for (var i = 0; i < 100 && hi - lo > 0.0000001m; i++)
            {
                var mid = (lo + hi) / 2m;
                if (mid * (1m + schedule.RateAt(Multiple(mid, monthlySmic))) <= budget)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            exact = (lo + hi) / 2m;
        }

        var gross = Money.RoundFromEuros(exact);
        var multiple = SmicMultiple(gross, smicHourly, monthlyHours);
        return new GrossSplit(gross, available - gross, multiple, schedule.RateAt(multiple));
    }

    private static decimal Multiple(decimal grossEuros, decimal monthlySmic) =>
        monthlySmic <= 0m ? 1m : Math.Max(1m, grossEuros / monthlySmic);
}
