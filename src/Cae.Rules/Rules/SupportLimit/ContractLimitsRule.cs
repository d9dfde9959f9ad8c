using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using Cae.Domain.Errors;
using Cae.Domain.Policy;
using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.SupportLimit;

/// <summary>
/// The legal limits around the support path: the length of the CAPE, the deadline to become an associate
/// and the length of the CESA's trial period.
/// </summary>
/// <remarks>
/// <para><b>Code de commerce, article L127-2</b> (CAPE): « Le contrat d'appui au projet d'entreprise … est
/// conclu pour une durée qui ne peut excéder douze mois, renouvelable deux fois » — at most 12 months,
/// renewable twice, so 36 months in all (cae-rules-facts §C.13).</para>
/// <para><b>Code du travail, article L7331-3</b>: the entrepreneur salarié becomes an associate « dans un délai
/// maximal de trois ans à compter de la conclusion du contrat », a delay « réduit, le cas échéant, de la durée
/// du contrat d'appui au projet d'entreprise » signed before; otherwise the contract ends (§A.3). So
/// deadline = CESA + 36 months − the CAPE months before it, and never before the CESA.</para>
/// <para><b>Code du travail, article L7332-1</b>: the trial period of the CESA lasts at most 8 months, renewal
/// included, reduced by the length of an earlier CAPE (§A.4); never below zero.</para>
/// <para>The numbers (12, 2, 36, 8) are dated parameters of <see cref="CaePolicy"/>, read on the CESA date (or on
/// the day asked). Immutable and thread-safe.</para>
/// </remarks>
public sealed class ContractLimitsRule
{
    private readonly CaePolicy policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the legal numbers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public ContractLimitsRule(CaePolicy policy) => this.policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>The longest CAPE, renewals included: 12 × (1 + 2) = 36 months (Code de commerce L127-2).</summary>
    /// <param name="on">The day the limit is read.</param>
    [Pure]
    public int CapeMaximumTotalMonths(LocalDate on) =>
        policy.CapeMaximumMonths.ValueOn(on) * (1 + policy.CapeMaximumRenewals.ValueOn(on));

    /// <summary>
    /// The day by which an entrepreneur salarié must be an associate (Code du travail L7331-3):
    /// CESA + 36 months − the CAPE months before it, never before the CESA.
    /// </summary>
    /// <param name="cesa">The day the CESA was signed.</param>
    /// <param name="capeMonthsBefore">Months of CAPE between the parties before the CESA; zero or more.</param>
    /// <exception cref="DomainRuleException">The CAPE months are negative, or the deadline falls outside 1900-01-01 … 2100-12-31.</exception>
    [Pure]
    public LocalDate AssociateDeadline(LocalDate cesa, int capeMonthsBefore)
    {
        CheckCapeMonths(capeMonthsBefore);
        return ContractDates.PlusMonths(cesa, Math.Max(0L, (long)policy.AssociateDeadlineMonths.ValueOn(cesa) - capeMonthsBefore), policy.AssociateDeadlineMonths.Name);
    }

    /// <summary>The longest trial period of a CESA, in months: 8 − the CAPE months before it, never below zero (Code du travail L7332-1).</summary>
    /// <param name="cesa">The day the CESA was signed.</param>
    /// <param name="capeMonthsBefore">Months of CAPE before the CESA; zero or more.</param>
    /// <exception cref="DomainRuleException">The CAPE months are negative.</exception>
    [Pure]
    public int TrialPeriodMaximumMonths(LocalDate cesa, int capeMonthsBefore)
    {
        CheckCapeMonths(capeMonthsBefore);
        return Math.Max(0, policy.TrialPeriodMaximumMonths.ValueOn(cesa) - capeMonthsBefore);
    }

    /// <summary>The violation of a CAPE longer than 12 months renewed twice; <c>null</c> when it is within the limit.</summary>
    /// <param name="capeMonths">The months of CAPE; zero or more.</param>
    /// <param name="on">The day the limit is read (the CAPE's start, or the CESA).</param>
    /// <exception cref="DomainRuleException">The CAPE months are negative.</exception>
    [Pure]
    public Violation? CheckCape(int capeMonths, LocalDate on)
    {
        CheckCapeMonths(capeMonths);
        var maximum = CapeMaximumTotalMonths(on);
        return capeMonths <= maximum
            ? null
            : new Violation("cape_length", FormattableString.Invariant($"a CAPE of {capeMonths} months is longer than the {maximum} months allowed ({policy.CapeMaximumMonths.ValueOn(on)} months renewable {policy.CapeMaximumRenewals.ValueOn(on)} times)"), policy.CapeMaximumMonths.EntryOn(on).Reference);
    }

    /// <summary>The violation of a trial period longer than allowed; <c>null</c> when it is within the limit.</summary>
    /// <param name="cesa">The day the CESA was signed.</param>
    /// <param name="capeMonthsBefore">Months of CAPE before the CESA.</param>
    /// <param name="trialMonths">The trial period of the CESA, renewal included, in months.</param>
    [Pure]
    public Violation? CheckTrialPeriod(LocalDate cesa, int capeMonthsBefore, int trialMonths)
    {
        var maximum = TrialPeriodMaximumMonths(cesa, capeMonthsBefore);
        return trialMonths <= maximum
            ? null
            : new Violation("trial_period", FormattableString.Invariant($"a trial period of {trialMonths} months is longer than the {maximum} months allowed ({policy.TrialPeriodMaximumMonths.ValueOn(cesa)} months − {capeMonthsBefore} months of CAPE)"), policy.TrialPeriodMaximumMonths.EntryOn(cesa).Reference);
    }

    /// <summary>The associate deadline and the longest trial period of a CESA, with the trace of the computation.</summary>
    /// <param name="cesa">The day the CESA was signed.</param>
    /// <param name="capeMonthsBefore">Months of CAPE before the CESA; zero or more.</param>
    /// <exception cref="DomainRuleException">The CAPE months are negative.</exception>
    [Pure]
    public ContractLimitsResult Explain(LocalDate cesa, int capeMonthsBefore)
    {
        CheckCapeMonths(capeMonthsBefore);
        var deadlineMonths = policy.AssociateDeadlineMonths.EntryOn(cesa);
        var trial = policy.TrialPeriodMaximumMonths.EntryOn(cesa);
        var deadline = AssociateDeadline(cesa, capeMonthsBefore);
        var trialMaximum = TrialPeriodMaximumMonths(cesa, capeMonthsBefore);
        var trace = new TraceBuilder()
            .Input("cesa", TraceBuilder.Format(cesa))
            .Input("cape_months", TraceBuilder.Format(capeMonthsBefore))
            .Parameter(policy.AssociateDeadlineMonths.Name, deadlineMonths)
            .Result("legal_associate_deadline", TraceBuilder.Format(deadline), FormattableString.Invariant($"cesa + ({deadlineMonths.Value} − {capeMonthsBefore}) months = {cesa:yyyy-MM-dd} + {Math.Max(0, deadlineMonths.Value - capeMonthsBefore)} months"))
            .Note("without admission as associate by this day the CESA ends", deadlineMonths.Reference)
            .Parameter(policy.TrialPeriodMaximumMonths.Name, trial)
            .Result("trial_period_maximum_months", trialMaximum.ToString(CultureInfo.InvariantCulture), FormattableString.Invariant($"max(0, {trial.Value} − {capeMonthsBefore})"));
        return new ContractLimitsResult(deadline, trialMaximum, trace.Build());
    }

    private static void CheckCapeMonths(int capeMonths)
    {
        if (capeMonths < 0)
        {
            throw new DomainRuleException("cape_months", capeMonths.ToString(CultureInfo.InvariantCulture), "the months of CAPE are zero or more");
        }
    }
}
