using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using Cae.Domain.Policy;
using Cae.Rules.Explanation;
using Cae.Rules.SupportLimit;
using NodaTime;

namespace Cae.Rules.Admission;

/// <summary>
/// Admission as associate: only at a general assembly (AG) of the policy's calendar, or on application when the
/// statutes say so.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> Admission rules are set by each CAE's statutes (Code du travail R7331-10: the contract
/// states the deadlines and the procedure to become an associate). In SCOP model statutes the applicant becomes
/// an associate at the date of the next general assembly unless it rejects them; Coopilote integrates its
/// associates at its annual AG, and people who reach the 24-month limit wait for it (cae-rules-facts §H.27).
/// The entrepreneur salarié must be an associate within the deadline of L7331-3 (§A.3), which
/// <see cref="ContractLimitsRule.AssociateDeadline"/> computes.</para>
/// <para><b>Rule.</b> Under <see cref="AdmissionMode.NextAssembly"/> an application must be in
/// <see cref="CaePolicy.ApplicationCutoffDays"/> days before an AG to be decided at it, so the admission date is the
/// first AG on or after application + cut-off. Under <see cref="AdmissionMode.Automatic"/> the person is admitted on
/// the day they apply. Without an application, the day the support limit is reached stands for it (that is when
/// the person must ask, or leave). An empty calendar, or none after eligibility, gives no admission date, and the
/// trace says why. Waiting time is in completed months (<c>Period.Between(…, PeriodUnits.Months)</c>).</para>
/// <para><b>Recorded dates.</b> A recorded admission that is not an AG date (under
/// <see cref="AdmissionMode.NextAssembly"/>) is a violation to report, never an error (data contract §1,
/// <c>associate_date</c>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AdmissionRule : IAdmissionRule
{
    /// <summary>The source of the admission procedure: the CAE's statutes, under Code du travail R7331-10.</summary>
    public static readonly Reference Statutes = new(
        "Statuts de la CAE: admission des associés (statuts types de SCOP: associé à la date de la prochaine assemblée générale, sauf refus); Code du travail, article R7331-10",
        LegalParameters.CodeDuTravailUrl);

    private const string CutoffField = "application_cutoff_days";

    private readonly CaePolicy policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the calendar, the admission mode and the cut-off.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public AdmissionRule(CaePolicy policy) => this.policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>
    /// The admission day for a person eligible from a day: the first AG on or after eligibility + cut-off, or the
    /// day itself under automatic admission; <c>null</c> when no AG of the calendar comes after it.
    /// </summary>
    /// <param name="eligibleOn">The application day (or, without one, the support end).</param>
    /// <exception cref="Domain.Errors.DomainRuleException">Eligibility + cut-off falls outside 1900-01-01 … 2100-12-31
    /// (the error names <c>application_cutoff_days</c>).</exception>
    [Pure]
    public LocalDate? AdmissionDate(LocalDate eligibleOn) => policy.Admission == AdmissionMode.Automatic
        ? eligibleOn
        : policy.Assemblies.FirstOnOrAfter(ContractDates.PlusDays(eligibleOn, policy.ApplicationCutoffDays, CutoffField));

    /// <summary>Completed months from eligibility to admission.</summary>
    /// <param name="eligibleOn">The day of eligibility.</param>
    /// <param name="admission">The admission day, on or after it.</param>
    [Pure]
    public static int WaitingMonths(LocalDate eligibleOn, LocalDate admission) => SupportLimitRule.MonthsElapsed(eligibleOn, admission);

    /// <summary>
    /// The admission of a person from their application, or without one from their support end, with the
    /// waiting time, whether it falls after the legal deadline, and the trace.
    /// </summary>
    /// <param name="application">The application day, if the person applied.</param>
    /// <param name="supportEnd">The day the support limit is reached.</param>
    /// <param name="legalDeadline">The associate deadline (L7331-3), when a CESA is known.</param>
    [Pure]
    public AdmissionResult Explain(LocalDate? application, LocalDate supportEnd, LocalDate? legalDeadline = null) =>
        application is { } applied
            ? ExplainFrom(applied, AdmissionBasis.Application, legalDeadline)
            : ExplainFrom(supportEnd, AdmissionBasis.SupportLimit, legalDeadline);

    /// <summary>The admission of a person eligible from a day, with the trace.</summary>
    /// <param name="eligibleOn">The day of eligibility.</param>
    /// <param name="basis">What that day is (application or support end).</param>
    /// <param name="legalDeadline">The associate deadline (L7331-3), when a CESA is known.</param>
    /// <exception cref="Domain.Errors.DomainRuleException">Eligibility + cut-off falls outside 1900-01-01 … 2100-12-31
    /// (the error names <c>application_cutoff_days</c>).</exception>
    [Pure]
    public AdmissionResult ExplainFrom(LocalDate eligibleOn, AdmissionBasis basis, LocalDate? legalDeadline = null)
    {
        var trace = new TraceBuilder()
            .Input(basis == AdmissionBasis.Application ? "application" : "support_end", TraceBuilder.Format(eligibleOn));
        if (basis == AdmissionBasis.SupportLimit)
        {
            trace.Note("no application: the support end stands for it");
        }

        trace.Parameter("admission", policy.Admission == AdmissionMode.Automatic ? "automatic" : "next_assembly", null, Statutes);
        LocalDate? admission;
        if (policy.Admission == AdmissionMode.Automatic)
        {
            admission = eligibleOn;
            trace.Result("admission_date", TraceBuilder.Format(eligibleOn), "admitted on the day of eligibility (automatic admission)");
        }
        else
        {
            var cutoff = ContractDates.PlusDays(eligibleOn, policy.ApplicationCutoffDays, CutoffField);
            trace.Parameter("application_cutoff_days", policy.ApplicationCutoffDays.ToString(CultureInfo.InvariantCulture), null, Statutes)
                .Value("earliest_assembly", TraceBuilder.Format(cutoff), FormattableString.Invariant($"{eligibleOn:yyyy-MM-dd} + {policy.ApplicationCutoffDays} days"))
                .Parameter("assemblies", policy.Assemblies.Dates.Count == 0 ? "none" : policy.Assemblies.ToString(), null, policy.Assemblies.Reference);
            admission = policy.Assemblies.FirstOnOrAfter(cutoff);
            if (admission is { } day)
            {
                trace.Result("admission_date", TraceBuilder.Format(day), FormattableString.Invariant($"first general assembly on or after {cutoff:yyyy-MM-dd}"));
            }
            else
            {
                trace.Result("admission_date", "none")
                    .Note(policy.Assemblies.Dates.Count == 0
                        ? "the policy records no general assembly, so no admission date can be given"
                        : FormattableString.Invariant($"the calendar holds no general assembly on or after {cutoff:yyyy-MM-dd}, so no admission date can be given"), Statutes);
            }
        }

        int? waiting = admission is { } a ? WaitingMonths(eligibleOn, a) : null;
        trace.Result("waiting_months", TraceBuilder.Format(waiting), admission is { } b ? FormattableString.Invariant($"completed months from {eligibleOn:yyyy-MM-dd} to {b:yyyy-MM-dd}") : null);
        bool? late = null;
        if (legalDeadline is { } deadline)
        {
            trace.Input("legal_associate_deadline", TraceBuilder.Format(deadline));
            if (admission is { } c)
            {
                late = c > deadline;
                trace.Result("after_legal_deadline", late.Value ? "true" : "false", FormattableString.Invariant($"{c:yyyy-MM-dd} > {deadline:yyyy-MM-dd}"));
            }
        }

        return new AdmissionResult(eligibleOn, basis, admission, waiting, legalDeadline, late, trace.Build());
    }

    /// <summary>
    /// Checks a recorded admission day against the statutes: under admission at the next AG, the day is an AG of
    /// the calendar, on or after the application + cut-off when the application is known; under automatic
    /// admission, the day is not before the application.
    /// </summary>
    /// <param name="associateDate">The recorded admission day.</param>
    /// <param name="application">The application day, when recorded.</param>
    /// <returns>The violation, or <c>null</c> when the day is valid.</returns>
    [Pure]
    public Violation? ValidateAssociateDate(LocalDate associateDate, LocalDate? application = null)
    {
        if (policy.Admission == AdmissionMode.Automatic)
        {
            return application is { } applied && associateDate < applied
                ? new Violation("admission_date", FormattableString.Invariant($"admitted on {associateDate:yyyy-MM-dd}, before the application of {applied:yyyy-MM-dd}"), Statutes)
                : null;
        }

        if (!policy.Assemblies.Contains(associateDate))
        {
            return new Violation("admission_date", policy.Assemblies.Dates.Count == 0
                ? FormattableString.Invariant($"admitted on {associateDate:yyyy-MM-dd}, but the policy records no general assembly")
                : FormattableString.Invariant($"admitted on {associateDate:yyyy-MM-dd}, which is not a general assembly date"), Statutes);
        }

        if (application is { } day && ContractDates.DaysBetween(day, associateDate) < policy.ApplicationCutoffDays)
        {
            return new Violation("admission_date", FormattableString.Invariant($"admitted at the general assembly of {associateDate:yyyy-MM-dd}, before the application of {day:yyyy-MM-dd} was in ({policy.ApplicationCutoffDays} days of cut-off)"), Statutes);
        }

        return null;
    }
}
