using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.SupportLimit;

/// <summary>
/// The support limit: a person is supported for at most N months from entry (24 by default), then becomes an
/// associate or leaves.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> The limit is a choice of each CAE's statutes, not of the law. Coopilote, activity report
/// 2015: « l'accompagnement est limité à 24 mois ; l'intégration comme associé se fait à l'assemblée générale
/// annuelle, les entrepreneurs qui atteignent la limite l'attendent » (cae-rules-facts §H.27,
/// <c>coopilote-2015-report.json</c>: <c>support_limit_months</c> = 24). The law's own limits around it (CAPE,
/// associate deadline of Code du travail L7331-3, trial period of L7332-1) are in <see cref="ContractLimitsRule"/>.</para>
/// <para><b>Rule.</b> support end = entry + N months, with NodaTime month arithmetic: the day of month is kept,
/// or clipped to the end of a shorter month (2016-02-29 + 24 months = 2018-02-28). N is the value of
/// <see cref="CaePolicy.SupportLimitMonths"/> in force on the entry date. Months elapsed are completed calendar
/// months (<c>Period.Between(entry, on, PeriodUnits.Months)</c>), as the data contract measures path durations.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class SupportLimitRule : ISupportLimitRule
{
    private readonly CaePolicy policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the limit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public SupportLimitRule(CaePolicy policy) => this.policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>The limit in months for a person who entered on a day (the value in force on the entry date).</summary>
    /// <param name="entry">The entry date.</param>
    /// <exception cref="Domain.Errors.DomainRuleException">The policy has no limit in force on that day.</exception>
    [Pure]
    public int LimitMonths(LocalDate entry) => policy.SupportLimitMonths.ValueOn(entry);

    /// <summary>The day the support limit is reached: entry + N months.</summary>
    /// <param name="entry">The entry date.</param>
    /// <exception cref="Domain.Errors.DomainRuleException">The policy has no limit in force on that day, or the
    /// support end falls outside 1900-01-01 … 2100-12-31.</exception>
    [Pure]
    public LocalDate SupportEnd(LocalDate entry) => ContractDates.PlusMonths(entry, LimitMonths(entry), policy.SupportLimitMonths.Name);

    /// <summary>Completed calendar months from entry to a day; zero on or before the entry.</summary>
    /// <param name="entry">The entry date.</param>
    /// <param name="on">The day.</param>
    [Pure]
    public static int MonthsElapsed(LocalDate entry, LocalDate on) =>
        on <= entry ? 0 : Period.Between(entry, on, PeriodUnits.Months).Months;

    /// <summary>Whether the limit is reached on a day (the support end is on or before it).</summary>
    /// <param name="entry">The entry date.</param>
    /// <param name="on">The day.</param>
    [Pure]
    public bool HasReachedLimit(LocalDate entry, LocalDate on) => SupportEnd(entry) <= on;

    /// <summary>
    /// The people whose support end falls inside a window while they are still supported then (no exit or
    /// admission before that day): for example, with the window from today to the next general assembly, the
    /// people who will wait for it.
    /// </summary>
    /// <param name="paths">The path rows.</param>
    /// <param name="window">The days, both ends included.</param>
    /// <returns>Each person with their support end, by support end then key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or <paramref name="window"/> is <c>null</c>.</exception>
    [Pure]
    public IReadOnlyList<LimitReach> ReachingLimitWithin(IEnumerable<PathRecord> paths, DateInterval window)
    {
        if (paths is null)
        {
            throw new ArgumentNullException(nameof(paths));
        }

        if (window is null)
        {
            throw new ArgumentNullException(nameof(window));
        }

        var found = new List<LimitReach>();
        foreach (var path in paths)
        {
            var end = SupportEnd(path.EntryDate);
            var left = path.AssociateDate ?? path.ExitDate;
            if (window.Contains(end) && (left is null || left.Value >= end))
            {
                found.Add(new LimitReach(path, end));
            }
        }

        found.Sort((a, b) =>
        {
            var byDate = a.SupportEnd.CompareTo(b.SupportEnd);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.Path.EntrepreneurId, b.Path.EntrepreneurId);
        });
        return found;
    }

    /// <summary>The support end and the months elapsed on a day, with the trace of the computation.</summary>
    /// <param name="entry">The entry date.</param>
    /// <param name="on">The day of the assessment.</param>
    [Pure]
    public SupportLimitResult Explain(LocalDate entry, LocalDate on)
    {
        var limit = policy.SupportLimitMonths.EntryOn(entry);
        var end = ContractDates.PlusMonths(entry, limit.Value, policy.SupportLimitMonths.Name);
        var elapsed = MonthsElapsed(entry, on);
        var trace = new TraceBuilder()
            .Input("entry", TraceBuilder.Format(entry))
            .Input("on", TraceBuilder.Format(on))
            .Parameter(policy.SupportLimitMonths.Name, limit)
            .Result("support_end", TraceBuilder.Format(end), FormattableString.Invariant($"entry + {limit.Value} months = {entry:yyyy-MM-dd} + {limit.Value} months (same day of month, or the month's last day)"))
            .Result("months_elapsed", TraceBuilder.Format(elapsed), FormattableString.Invariant($"completed months from {entry:yyyy-MM-dd} to {on:yyyy-MM-dd}"));
        if (end <= on)
        {
            trace.Note(FormattableString.Invariant($"the support limit is reached on {end:yyyy-MM-dd}, on or before {on:yyyy-MM-dd}"), limit.Reference);
        }

        return new SupportLimitResult(limit.Value, end, elapsed, end <= on, trace.Build());
    }
}
