using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Explanation;

namespace Cae.Rules.Outcome;

/// <summary>
/// Exit outcomes: which exits count as positive and as perennial, and their rates over any set of exits.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> No legal definition of a "positive exit" exists for CAEs. Coopilote counts creation (company
/// or micro-enterprise), associate and return to employment as positive, and creation + associate as
/// perennisation: 34 of 61 exits = 55.7 % positive and 21 of 61 = 34.4 % perennial in 2015 (activity report 2015,
/// <c>coopilote-2015-report.json</c>). The insertion sector (IAE) also counts entry into a qualifying training as
/// positive, so the sets are a policy choice (cae-rules-facts §G.26): <see cref="CaePolicy.PositiveExits"/> and
/// <see cref="CaePolicy.PerennialExits"/>.</para>
/// <para><b>Rule.</b> rate = count of exits in the set / count of exits, exact (a fraction, not a percentage);
/// <c>null</c> when there is no exit. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ExitOutcomeRule
{
    /// <summary>The source of the default sets.</summary>
    public static readonly Reference Source = new(
        "Coopilote, rapport d'activité 2015: sorties positives = création + associé + emploi, pérennisation = création + associé; pas de définition légale (ensembles fixés par la politique de la CAE)",
        null);

    private readonly ExitCategorySet positive;
    private readonly ExitCategorySet perennial;

    /// <summary>Creates the rule with the sets of a policy.</summary>
    /// <param name="policy">The policy that gives the positive and perennial categories.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public ExitOutcomeRule(CaePolicy policy)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        positive = policy.PositiveExits;
        perennial = policy.PerennialExits;
    }

    /// <summary>Whether an exit category counts as positive.</summary>
    /// <param name="category">The category.</param>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is <c>null</c>.</exception>
    [Pure]
    public bool IsPositive(ExitCategory category) => positive.Contains(category ?? throw new ArgumentNullException(nameof(category)));

    /// <summary>Whether an exit category counts as perennial.</summary>
    /// <param name="category">The category.</param>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is <c>null</c>.</exception>
    [Pure]
    public bool IsPerennial(ExitCategory category) => perennial.Contains(category ?? throw new ArgumentNullException(nameof(category)));

    /// <summary>The counts and rates over a set of exits (no trace).</summary>
    /// <param name="exits">The category of each exit.</param>
    [Pure]
    public OutcomeRates Rates(IEnumerable<ExitCategory> exits) => Count(exits, null);

    /// <summary>The counts and rates over a set of exits, with the trace.</summary>
    /// <param name="exits">The category of each exit.</param>
    [Pure]
    public OutcomeRates ExplainRates(IEnumerable<ExitCategory> exits) => Count(exits, new TraceBuilder());

    private OutcomeRates Count(IEnumerable<ExitCategory> exits, TraceBuilder? trace)
    {
        if (exits is null)
        {
            throw new ArgumentNullException(nameof(exits));
        }

        var counts = new int[ExitCategory.Count];
        var total = 0;
        foreach (var exit in exits)
        {
            counts[(exit ?? throw new ArgumentNullException(nameof(exits), "An exit category is null.")).Value]++;
            total++;
        }

        var (pos, per) = (0, 0);
        var byCategory = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var category in ExitCategory.List.OrderBy(c => c.Value))
        {
            var n = counts[category.Value];
            byCategory[category.Code] = n;
            pos += positive.Contains(category) ? n : 0;
            per += perennial.Contains(category) ? n : 0;
        }

        var positiveRate = Rate.Ratio(pos, total);
        var perennialRate = Rate.Ratio(per, total);
        if (trace is not null)
        {
            foreach (var pair in byCategory)
            {
                trace.Input(pair.Key, TraceBuilder.Format(pair.Value));
            }

            trace.Value("exits", TraceBuilder.Format(total), "sum of the six categories")
                .Parameter("positive_exits", positive.ToString(), null, Source)
                .Value("positive", TraceBuilder.Format(pos), string.Join(" + ", positive.Members.Select(c => c.Code)))
                .Result("positive_rate", TraceBuilder.Format(positiveRate), FormattableString.Invariant($"positive / exits = {pos} / {total}"))
                .Parameter("perennial_exits", perennial.ToString(), null, Source)
                .Value("perennial", TraceBuilder.Format(per), string.Join(" + ", perennial.Members.Select(c => c.Code)))
                .Result("perennial_rate", TraceBuilder.Format(perennialRate), FormattableString.Invariant($"perennial / exits = {per} / {total}"));
            if (total == 0)
            {
                trace.Note("no exit: the rates are undefined (null), not zero");
            }
        }

        return new OutcomeRates(total, pos, per, positiveRate, perennialRate, byCategory, trace?.Build() ?? Trace.Empty);
    }
}
