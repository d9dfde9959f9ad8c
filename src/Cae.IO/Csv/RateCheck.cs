using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using NodaTime;

namespace Cae.IO.Csv;

/// <summary>
/// Rejects an activity row whose contribution must be computed (the cell is empty) in a month without a
/// contribution rate in force under the policy (data contract §1'), instead of the report failing on it.
/// </summary>
/// <remarks>The answer is cached per month and structure unless the policy has rates of its own for persons.</remarks>
internal sealed class RateCheck
{
    private readonly ContributionPolicy policy;
    private readonly bool byPerson;
    private readonly Dictionary<(int Month, string Structure), string?> cache = new();

    public RateCheck(CaePolicy policy)
        : this(policy.Contribution)
    {
    }

    private RateCheck(ContributionPolicy policy)
    {
        this.policy = policy;
        byPerson = policy.Rates.Any(r => r.EntrepreneurId is not null);
    }

    /// <summary>A check under the same policy with a cache of its own, for another thread.</summary>
    public RateCheck Copy() => new(policy);

    /// <summary>Why no contribution can be computed for the row; <c>null</c> when a rate is in force.</summary>
    public string? Problem(YearMonth month, string structure, string entrepreneurId)
    {
        if (byPerson)
        {
            return Find(month, structure, entrepreneurId);
        }

        var key = ((month.Year * 12) + month.Month, structure);
        if (!cache.TryGetValue(key, out var problem))
        {
            problem = Find(month, structure, null);
            cache.Add(key, problem);
        }

        return problem;
    }

    private string? Find(YearMonth month, string structure, string? entrepreneurId)
    {
        var day = month.OnDayOfMonth(1);
        try
        {
            _ = policy.RateFor(day, new Structure(structure), entrepreneurId);
            return null;
        }
        catch (DomainRuleException)
        {
            return FormattableString.Invariant($"no contribution rate is in force on {day:yyyy-MM-dd} under {CellText.Quote(structure)} to compute the missing contribution");
        }
    }
}
