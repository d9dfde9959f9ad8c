using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Rules.Admission;
using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.SupportLimit;

/// <summary>
/// A support path against all the path rules at once: the support limit, the legal limits around it and the
/// admission rule; reports the path's violations.
/// </summary>
/// <remarks>
/// <para>Sources: the support limit of the CAE's statutes (Coopilote: 24 months, cae-rules-facts §H.27), the CAPE
/// length of Code de commerce L127-2, the associate deadline of Code du travail L7331-3, the admission procedure
/// of the statutes (R7331-10) and the rule that only an entrepreneur salarié under a CESA becomes an associate
/// (L7331-2). See <see cref="SupportLimitRule"/>, <see cref="ContractLimitsRule"/> and <see cref="AdmissionRule"/>.</para>
/// <para>Violations, in this order:
/// <list type="number">
/// <item><c>cesa_date</c>: the CESA starts before the entry;</item>
/// <item><c>cape_length</c>: the CAPE is longer than 12 months renewed twice;</item>
/// <item><c>associate_without_cesa</c>: an admission without a CESA;</item>
/// <item><c>admission_date</c>: a recorded admission that is not a general assembly (or before the application);</item>
/// <item><c>associate_deadline</c>: admitted, left, or still not an associate after the legal deadline, or the
/// first admission possible falls after it;</item>
/// <item><c>support_limit</c>: supported after the support end, beyond the admission the person waits for (people
/// who reach the limit wait for the next general assembly: that wait is not a violation).</item>
/// </list></para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PathRule
{
    /// <summary>The source of the rule that only an entrepreneur salarié becomes an associate.</summary>
    public static readonly Reference EntrepreneurSalarie = new(
        "Code du travail, article L7331-2 (l'entrepreneur salarié, titulaire d'un contrat, crée et développe une activité en vue de devenir associé)",
        LegalParameters.CodeDuTravailUrl);

    /// <summary>The source of the rule that the CESA does not start before the entry.</summary>
    public static readonly Reference DataContract = new("Cae data contract §1: cesa_date is not before entry_date", null);

    private readonly CaePolicy policy;
    private readonly SupportLimitRule supportLimit;
    private readonly ContractLimitsRule limits;
    private readonly AdmissionRule admission;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public PathRule(CaePolicy policy)
    {
        this.policy = policy ?? throw new ArgumentNullException(nameof(policy));
        supportLimit = new SupportLimitRule(policy);
        limits = new ContractLimitsRule(policy);
        admission = new AdmissionRule(policy);
    }

    /// <summary>The rules a path row breaks, judged on a day (for a path still open, what has happened by then).</summary>
    /// <param name="record">The path row.</param>
    /// <param name="on">The day of the assessment.</param>
    [Pure]
    public IReadOnlyList<Violation> Violations(PathRecord record, LocalDate on) => Assess(PathCase.From(record), on).Violations;

    /// <summary>The rules a path breaks, judged on a day.</summary>
    /// <param name="path">The path.</param>
    /// <param name="on">The day of the assessment.</param>
    [Pure]
    public IReadOnlyList<Violation> Violations(PathCase path, LocalDate on) => Assess(path, on).Violations;

    /// <summary>The full assessment of a path on a day, with its trace.</summary>
    /// <param name="path">The path.</param>
    /// <param name="on">The day of the assessment (for <c>cae path</c>, <c>--on</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    [Pure]
    public PathAssessment Assess(PathCase path, LocalDate on)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var trace = new TraceBuilder();
        var limit = supportLimit.Explain(path.Entry, on);
        trace.Append(limit.Trace);

        LocalDate? deadline = null;
        if (path.Cesa is { } cesa)
        {
            var contract = limits.Explain(cesa, path.CapeMonths);
            trace.Append(contract.Trace);
            deadline = contract.AssociateDeadline;
        }
        else
        {
            trace.Result("legal_associate_deadline", "none").Note("no CESA: the associate deadline runs from the CESA", LegalParameters.AssociateDeadline);
        }

        var admitted = admission.Explain(path.Application, limit.SupportEnd, deadline);
        trace.Append(admitted.Trace);

        var violations = new List<Violation>();
        if (path.Cesa is { } signed && signed < path.Entry)
        {
            violations.Add(new Violation("cesa_date", FormattableString.Invariant($"the CESA ({signed:yyyy-MM-dd}) starts before the entry ({path.Entry:yyyy-MM-dd})"), DataContract));
        }

        if (limits.CheckCape(path.CapeMonths, path.Cesa ?? path.Entry) is { } cape)
        {
            violations.Add(cape);
        }

        if (path.AssociateDate is { } associate)
        {
            if (path.Cesa is null)
            {
                violations.Add(new Violation("associate_without_cesa", FormattableString.Invariant($"admitted on {associate:yyyy-MM-dd} without a CESA"), EntrepreneurSalarie));
            }

            if (admission.ValidateAssociateDate(associate, path.Application) is { } badDate)
            {
                violations.Add(badDate);
            }
        }

        if (deadline is { } due)
        {
            CheckDeadline(path, on, due, admitted.AdmissionDate, violations);
        }

        CheckSupportLimit(path, on, limit, admitted.AdmissionDate, violations);

        trace.Result("violations", TraceBuilder.Format(violations.Count));
        foreach (var v in violations)
        {
            trace.Note(FormattableString.Invariant($"{v.Rule}: {v.Message}"), v.Reference);
        }

        return new PathAssessment(limit.SupportEnd, limit.MonthsElapsed, deadline, admitted.AdmissionDate, admitted.WaitingMonths, violations.AsReadOnly(), trace.Build());
    }

    private void CheckDeadline(PathCase path, LocalDate on, LocalDate deadline, LocalDate? firstAdmission, List<Violation> violations)
    {
        var reference = policy.AssociateDeadlineMonths.EntryOn(path.Cesa!.Value).Reference;
        string? message = null;
        if (path.AssociateDate is { } associate)
        {
            if (associate > deadline)
            {
                message = FormattableString.Invariant($"admitted on {associate:yyyy-MM-dd}, after the legal associate deadline of {deadline:yyyy-MM-dd}: the CESA should have ended");
            }
        }
        else if (path.ExitDate is { } exit)
        {
            if (exit > deadline)
            {
                message = FormattableString.Invariant($"left on {exit:yyyy-MM-dd} without becoming an associate, after the legal associate deadline of {deadline:yyyy-MM-dd}");
            }
        }
        else if (on > deadline)
        {
            message = FormattableString.Invariant($"not an associate on {on:yyyy-MM-dd}, after the legal associate deadline of {deadline:yyyy-MM-dd}: the CESA ends");
        }
        else if (firstAdmission is { } first && first > deadline)
        {
            message = FormattableString.Invariant($"the first admission possible ({first:yyyy-MM-dd}) falls after the legal associate deadline of {deadline:yyyy-MM-dd}");
        }

        if (message is not null)
        {
            violations.Add(new Violation("associate_deadline", message, reference));
        }
    }

    private void CheckSupportLimit(PathCase path, LocalDate on, SupportLimitResult limit, LocalDate? firstAdmission, List<Violation> violations)
    {
        var ended = path.AssociateDate ?? path.ExitDate;
        var until = ended is { } e && e <= on ? e : on;
        var waitsUntil = firstAdmission is { } first && first > limit.SupportEnd ? first : limit.SupportEnd;
        if (until <= waitsUntil)
        {
            return;
        }

        var who = ended is { } end && end <= on
            ? FormattableString.Invariant($"supported until {end:yyyy-MM-dd}")
            : FormattableString.Invariant($"still supported on {on:yyyy-MM-dd}");
        var beyond = firstAdmission is { } admissionDay && admissionDay > limit.SupportEnd
            ? FormattableString.Invariant($" and the admission possible on {admissionDay:yyyy-MM-dd}")
            : firstAdmission is null && policy.Admission == AdmissionMode.NextAssembly ? " (no general assembly of the calendar admits the person after it)" : string.Empty;
        violations.Add(new Violation(
            "support_limit",
            FormattableString.Invariant($"{who}, past the support limit of {limit.LimitMonths} months reached on {limit.SupportEnd:yyyy-MM-dd}{beyond}"),
            policy.SupportLimitMonths.EntryOn(path.Entry).Reference));
    }
}
