using Cae.Domain.Values;
using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.Pay;

/// <summary>The pay cascade of one month (what <c>cae pay</c> prints), with its explanation.</summary>
/// <param name="Month">The month.</param>
/// <param name="GrossMargin">Turnover − purchases.</param>
/// <param name="Contribution">The contribution to the cooperative (computed, or given).</param>
/// <param name="DirectCosts">Other costs directly and exclusively linked to the activity.</param>
/// <param name="Available">Gross margin − contribution − direct costs: the budget for gross salary and employer charges.</param>
/// <param name="EmployerCharges">Available − gross salary (zero when nothing is available).</param>
/// <param name="GrossSalary">The gross salary the budget funds, never below zero.</param>
/// <param name="SmicHourly">The SMIC hourly rate in force that month.</param>
/// <param name="Hours">min(151.67, gross salary / SMIC hourly), rounded to 0.01 h.</param>
/// <param name="ChargeRate">The employer-charge rate at the gross salary, exact.</param>
/// <param name="Trace">How every value was computed; empty for the fast <see cref="PayCascadeRule.Compute(YearMonth, Money, Money, Money)"/>.</param>
public sealed record PayResult(
    YearMonth Month,
    Money GrossMargin,
    Money Contribution,
    Money DirectCosts,
    Money Available,
    Money EmployerCharges,
    Money GrossSalary,
    Money SmicHourly,
    Hours Hours,
    decimal ChargeRate,
    Trace Trace);
