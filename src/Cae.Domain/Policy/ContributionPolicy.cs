using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Domain.Policy;

/// <summary>
/// How a CAE computes the contribution to its pooled services: the base, the dated rates (default,
/// per structure, per person) and an optional monthly minimum.
/// </summary>
/// <remarks>
/// The contract states how the contribution is calculated, per the statutes (Code du travail L7331-2);
/// it funds the pooled services (R7331-9). Rates are a policy of each CAE: 8–15 % of turnover on average,
/// Coopilote 6–10 % levied on gross margin (cae-rules-facts §D.14). Immutable, with value equality.
/// </remarks>
public sealed class ContributionPolicy : IEquatable<ContributionPolicy>
{
    private readonly ContributionRate[] rates;

    /// <summary>Creates a contribution policy.</summary>
    /// <param name="base">What the rate applies to.</param>
    /// <param name="rates">The dated rates; at least one CAE-wide default.</param>
    /// <param name="monthlyMinimum">The least contribution of a month with activity (zero for none).</param>
    /// <exception cref="DomainRuleException">No CAE-wide default rate, or a negative minimum.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> or one of them is <c>null</c>.</exception>
    public ContributionPolicy(ContributionBase @base, IEnumerable<ContributionRate> rates, Money monthlyMinimum)
    {
        Base = @base;
        this.rates = (rates ?? throw new ArgumentNullException(nameof(rates))).Select(r => r ?? throw new ArgumentNullException(nameof(rates))).OrderBy(r => r.From).ToArray();
        if (!this.rates.Any(r => r.Structure is null && r.EntrepreneurId is null))
        {
            throw new DomainRuleException("contribution.rates", "(no default)", "a contribution policy has a CAE-wide default rate (a rate without structure)");
        }

        if (monthlyMinimum.IsNegative)
        {
            throw new DomainRuleException("contribution.monthly_minimum", monthlyMinimum.ToString(), "the monthly minimum is not negative");
        }

        MonthlyMinimum = monthlyMinimum;
        Rates = Array.AsReadOnly(this.rates);
    }

    /// <summary>What the rate applies to.</summary>
    public ContributionBase Base { get; }

    /// <summary>The dated rates, by effective date.</summary>
    public IReadOnlyList<ContributionRate> Rates { get; }

    /// <summary>The least contribution of a month with activity.</summary>
    public Money MonthlyMinimum { get; }

    /// <summary>
    /// The rate in force on a day for a person's activity under a structure: the person's own rate, else the
    /// structure's, else the CAE default; within each, the latest effective on or before the day.
    /// </summary>
    /// <param name="date">The day (for a monthly activity, the first day of the month).</param>
    /// <param name="structure">The structure that carries the activity.</param>
    /// <param name="entrepreneurId">The person, or <c>null</c>.</param>
    /// <exception cref="DomainRuleException">No rate is in force on that day.</exception>
    [Pure]
    public ContributionRate RateFor(LocalDate date, Structure structure, string? entrepreneurId = null)
    {
        ContributionRate? person = null, ofStructure = null, fallback = null;
        foreach (var r in rates)
        {
            if (r.From > date)
            {
                break;
            }

            if (r.EntrepreneurId is not null)
            {
                if (entrepreneurId is not null && string.Equals(r.EntrepreneurId, entrepreneurId, StringComparison.Ordinal)
                    && (r.Structure is null || r.Structure == structure))
                {
                    person = r;
                }
            }
            else if (r.Structure is { } s)
            {
                if (s == structure)
                {
                    ofStructure = r;
                }
            }
            else
            {
                fallback = r;
            }
        }

        return person ?? ofStructure ?? fallback
            ?? throw new DomainRuleException("contribution.rates", $"{date:yyyy-MM-dd}", $"no contribution rate is in force on that day (the first starts {rates[0].From:yyyy-MM-dd})");
    }

    /// <inheritdoc />
    public bool Equals(ContributionPolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other) || (Base == other.Base && MonthlyMinimum == other.MonthlyMinimum && rates.SequenceEqual(other.rates)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ContributionPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((((int)Base * 31) + MonthlyMinimum.GetHashCode()) * 31 + rates.Length);

    /// <summary>A copy with another base.</summary>
    /// <param name="base">The new base.</param>
    [Pure]
    public ContributionPolicy WithBase(ContributionBase @base) => new(@base, rates, MonthlyMinimum);

    /// <summary>A copy with other rates.</summary>
    /// <param name="newRates">The new rates.</param>
    /// <exception cref="DomainRuleException">No CAE-wide default rate.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="newRates"/> is <c>null</c>.</exception>
    [Pure]
    public ContributionPolicy WithRates(IEnumerable<ContributionRate> newRates) => new(Base, newRates, MonthlyMinimum);

    /// <summary>A copy with another monthly minimum.</summary>
    /// <param name="minimum">The new minimum.</param>
    /// <exception cref="DomainRuleException">The minimum is negative.</exception>
    [Pure]
    public ContributionPolicy WithMonthlyMinimum(Money minimum) => new(Base, rates, minimum);
}
