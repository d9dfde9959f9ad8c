using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using NodaTime;

namespace Cae.Rules.Contribution;

/// <summary>
/// The rates of a contribution policy split by scope (person, structure, CAE default), so the rate of an
/// activity row is found without scanning every rate: the same answer as <see cref="ContributionPolicy.RateFor"/>,
/// without allocation.
/// </summary>
/// <remarks>
/// Within each scope the rates keep the policy's order (by effective date, ties in the given order), and the last
/// one in force on the day wins, exactly as in <see cref="ContributionPolicy.RateFor"/>. Read-only after
/// construction, so safe to share between threads.
/// </remarks>
internal sealed class RateIndex
{
    private readonly ContributionPolicy policy;
    private readonly ContributionRate[] defaults;
    private readonly Dictionary<Structure, ContributionRate[]> byStructure;
    private readonly Dictionary<string, ContributionRate[]>? byPerson;

    public RateIndex(ContributionPolicy policy)
    {
        this.policy = policy;
        defaults = policy.Rates.Where(r => r.EntrepreneurId is null && r.Structure is null).ToArray();
        byStructure = policy.Rates
            .Where(r => r.EntrepreneurId is null && r.Structure is not null)
            .GroupBy(r => r.Structure!.Value)
            .ToDictionary(g => g.Key, g => g.ToArray());
        var people = policy.Rates.Where(r => r.EntrepreneurId is not null).ToArray();
        byPerson = people.Length == 0
            ? null
            : people.GroupBy(r => r.EntrepreneurId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The rate in force on a day for a person's activity under a structure.</summary>
    /// <exception cref="Domain.Errors.DomainRuleException">No rate is in force on that day.</exception>
    public ContributionRate RateFor(LocalDate date, Structure structure, string? entrepreneurId)
    {
        if (byPerson is not null && entrepreneurId is not null && byPerson.TryGetValue(entrepreneurId, out var own))
        {
            for (var i = own.Length - 1; i >= 0; i--)
            {
                var r = own[i];
                if (r.From <= date && (r.Structure is null || r.Structure.Value == structure))
                {
                    return r;
                }
            }
        }

        if (structure.Name is not null && byStructure.TryGetValue(structure, out var ofStructure) && LastInForce(ofStructure, date) is { } s)
        {
            return s;
        }

        // Without a default in force, the policy's own lookup throws the error that names the first date.
        return LastInForce(defaults, date) ?? policy.RateFor(date, structure, entrepreneurId);
    }

    private static ContributionRate? LastInForce(ContributionRate[] rates, LocalDate date)
    {
        for (var i = rates.Length - 1; i >= 0; i--)
        {
            if (rates[i].From <= date)
            {
                return rates[i];
            }
        }

        return null;
    }
}
