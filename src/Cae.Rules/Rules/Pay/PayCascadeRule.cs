using System;
using System.Diagnostics.Contracts;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Contribution;
using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.Pay;

/// <summary>
/// Salary hours from turnover: the pay cascade of an entrepreneur salarié for one month.
/// </summary>
/// <remarks>
/// <para><b>Code du travail, article L7332-3</b>: the pay of the entrepreneur salarié is made of a fixed part and a
/// variable part « calculée en fonction du chiffre d'affaires de son activité, après déduction des charges
/// directement et exclusivement liées à cette activité et de la contribution » to the pooled services
/// (cae-rules-facts §A.5, §D.18). So, for one month:</para>
/// <list type="number">
/// <item>gross margin = turnover − purchases;</item>
/// <item>contribution = <see cref="ContributionRule"/> on the month's row;</item>
/// <item>available = gross margin − contribution − other direct costs: what can fund gross salary + employer charges;</item>
/// <item>gross salary and employer charges: <see cref="EmployerChargeRule"/> splits the available budget (charges
/// from the policy's schedule, Code de la sécurité sociale L241-13); never below zero;</item>
/// <item>hours = min(151.67, gross / SMIC hourly in force that month), rounded to 0.01 h
/// (<see cref="EquivalentHoursRule"/>, Code de la sécurité sociale D.241-27).</item>
/// </list>
/// <para>The monthly figure is what the activity funds; the fixed part and the year-end settlement of the variable
/// part are in <see cref="YearEndSettlementRule"/> (R7331-11, R7331-12). Immutable and thread-safe.</para>
/// </remarks>
public sealed class PayCascadeRule : IPayRule
{
    /// <summary>The source of the cascade.</summary>
    public static readonly Reference PaySource = new(
        "Code du travail, article L7332-3 (part variable calculée sur le chiffre d'affaires après déduction des charges directement et exclusivement liées à l'activité et de la contribution)",
        LegalParameters.CodeDuTravailUrl);

    /// <summary>The source of the equivalent hours.</summary>
    public static readonly Reference HoursSource = new(
        "Code de la sécurité sociale, article D241-27 (heures rémunérées des salariés non soumis à une durée du travail: 151,67 h si le brut atteint le SMIC mensuel, sinon brut / SMIC horaire)",
        LegalParameters.CodeSecuriteSocialeUrl);

    private readonly CaePolicy policy;
    private readonly ContributionRule contribution;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the contribution, the employer charges, the SMIC and the legal hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public PayCascadeRule(CaePolicy policy)
    {
        this.policy = policy ?? throw new ArgumentNullException(nameof(policy));
        contribution = new ContributionRule(policy.Contribution);
    }

    /// <summary>The month's cascade from a known gross margin and contribution (no trace).</summary>
    /// <param name="month">The month.</param>
    /// <param name="grossMargin">Turnover − purchases.</param>
    /// <param name="contributionPaid">The contribution of the month.</param>
    /// <param name="directCosts">Other costs directly and exclusively linked to the activity.</param>
    [Pure]
    public PayResult Compute(YearMonth month, Money grossMargin, Money contributionPaid, Money directCosts)
    {
        var day = month.OnDayOfMonth(1);
        var smic = policy.SmicHourly.ValueOn(day);
        var monthlyHours = policy.MonthlyLegalHours.ValueOn(day);
        var available = grossMargin - contributionPaid - directCosts;
        var split = EmployerChargeRule.Split(available, policy.EmployerCharges.ValueOn(day), smic, monthlyHours);
        var hours = EquivalentHoursRule.EquivalentHours(split.Gross, smic, monthlyHours);
        return new PayResult(month, grossMargin, contributionPaid, directCosts, available, split.Charges, split.Gross, smic, hours, split.ChargeRate, Trace.Empty);
    }

    /// <summary>The month's cascade from turnover, computing the contribution (no trace).</summary>
    /// <param name="month">The month.</param>
    /// <param name="structure">The structure that carries the activity (for its contribution rate).</param>
    /// <param name="entrepreneurId">The person, for a per-person rate; <c>null</c> for none.</param>
    /// <param name="turnover">The month's turnover.</param>
    /// <param name="purchases">The month's purchases.</param>
    /// <param name="directCosts">Other direct costs.</param>
    /// <param name="yearToDateBase">The contribution base of the same person and structure earlier in the year (for tiers).</param>
    [Pure]
    public PayResult Compute(YearMonth month, Structure structure, string? entrepreneurId, Money turnover, Money purchases, Money directCosts, Money yearToDateBase) =>
        Compute(month, turnover - purchases, contribution.Compute(month, structure, entrepreneurId, turnover, purchases, yearToDateBase), directCosts);

    /// <summary>The month's cascade from an input whose purchases, costs and earlier base default to zero (no trace).</summary>
    /// <param name="input">The month's input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    /// <exception cref="Domain.Errors.DomainRuleException">A parameter of the policy has no value in force that month.</exception>
    [Pure]
    public PayResult Compute(PayInput input) =>
        Compute((input ?? throw new ArgumentNullException(nameof(input))).Month, input.Structure, input.EntrepreneurId, input.Turnover, input.Purchases, input.DirectCosts, input.YearToDateBase);

    /// <summary>The month's cascade from an input whose purchases, costs and earlier base default to zero, with the trace of every step.</summary>
    /// <param name="input">The month's input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    /// <exception cref="Domain.Errors.DomainRuleException">A parameter of the policy has no value in force that month.</exception>
    [Pure]
    public PayResult Explain(PayInput input) =>
        Explain((input ?? throw new ArgumentNullException(nameof(input))).Month, input.Structure, input.EntrepreneurId, input.Turnover, input.Purchases, input.DirectCosts, input.YearToDateBase);

    /// <summary>The month's cascade from turnover, with the trace of every step: the same figures as <see cref="Compute(YearMonth, Structure, string, Money, Money, Money, Money)"/>.</summary>
    /// <param name="month">The month.</param>
    /// <param name="structure">The structure that carries the activity.</param>
    /// <param name="entrepreneurId">The person, for a per-person rate; <c>null</c> for none.</param>
    /// <param name="turnover">The month's turnover.</param>
    /// <param name="purchases">The month's purchases.</param>
    /// <param name="directCosts">Other direct costs.</param>
    /// <param name="yearToDateBase">The contribution base of the same person and structure earlier in the year.</param>
    [Pure]
    public PayResult Explain(YearMonth month, Structure structure, string? entrepreneurId, Money turnover, Money purchases, Money directCosts, Money yearToDateBase)
    {
        var day = month.OnDayOfMonth(1);
        var contributed = contribution.Explain(month, structure, entrepreneurId, turnover, purchases, yearToDateBase);
        var trace = new TraceBuilder().Append(contributed.Trace);
        var grossMargin = turnover - purchases;
        var available = grossMargin - contributed.Amount - directCosts;
        trace.Input("direct_costs", directCosts.ToString())
            .Value("gross_margin", grossMargin.ToString(), FormattableString.Invariant($"turnover − purchases = {turnover} − {purchases}"))
            .Value("available", available.ToString(), FormattableString.Invariant($"gross_margin − contribution − direct_costs = {grossMargin} − {contributed.Amount} − {directCosts}"))
            .Note("available funds gross salary + employer charges", PaySource);

        var smic = policy.SmicHourly.EntryOn(day);
        var legalHours = policy.MonthlyLegalHours.EntryOn(day);
        var schedule = policy.EmployerCharges.EntryOn(day);
        trace.Parameter(policy.SmicHourly.Name, smic)
            .Parameter(policy.MonthlyLegalHours.Name, legalHours)
            .Parameter(policy.EmployerCharges.Name, schedule);

        var split = EmployerChargeRule.Split(available, schedule.Value, smic.Value, legalHours.Value);
        if (available <= Money.Zero)
        {
            trace.Note("nothing is available: no salary and no employer charges this month")
                .Result("gross_salary", split.Gross.ToString())
                .Result("employer_charges", split.Charges.ToString());
        }
        else
        {
            var monthlySmic = smic.Value.Euros * legalHours.Value.Value;
            trace.Value("monthly_smic", TraceBuilder.Format(monthlySmic), FormattableString.Invariant($"smic_hourly × monthly_legal_hours = {smic.Value} × {legalHours.Value}"))
                .Value("smic_multiple", TraceBuilder.Format(Rounding.ToDecimals(split.SmicMultiple, 4)), FormattableString.Invariant($"max(1, gross_salary / monthly_smic) = max(1, {split.Gross} / {monthlySmic})"))
                .Value("employer_charge_rate", TraceBuilder.Format(Rounding.ToDecimals(split.ChargeRate, 6)), schedule.Value.IsGeneralReduction
                    ? FormattableString.Invariant($"full_rate − general reduction = {schedule.Value.FullRate} − {schedule.Value.ReductionAt(split.SmicMultiple)} (C = (T / (threshold − 1)) × (threshold / smic_multiple − 1), T {schedule.Value.MaxCoefficient}, threshold {schedule.Value.Threshold}, to 4 decimals; CSS L241-13, D241-7)")
                    : schedule.Value.IsFlat ? "flat rate" : "interpolated linearly in the schedule at smic_multiple")
                .Result("gross_salary", split.Gross.ToString(), FormattableString.Invariant($"available / (1 + employer_charge_rate) = {available} / {1m + Rounding.ToDecimals(split.ChargeRate, 6)}, to the cent"))
                .Result("employer_charges", split.Charges.ToString(), FormattableString.Invariant($"available − gross_salary = {available} − {split.Gross}"));
        }

        var hours = EquivalentHoursRule.EquivalentHours(split.Gross, smic.Value, legalHours.Value);
        trace.Result("hours", hours.ToString(), FormattableString.Invariant($"min({legalHours.Value}, gross_salary / smic_hourly) = min({legalHours.Value}, {split.Gross} / {smic.Value}), to 0.01 h"))
            .Note("equivalent hours of a salary that does not refer to working time", HoursSource);
        return new PayResult(month, grossMargin, contributed.Amount, directCosts, available, split.Charges, split.Gross, smic.Value, hours, split.ChargeRate, trace.Build());
    }
}
