using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Domain.Policy;

/// <summary>
/// One dated contribution rate: the default of the CAE, a structure's own rate, or a person's override,
/// with optional marginal tiers.
/// </summary>
/// <remarks>
/// Lookup falls back from the person to the structure to the CAE default, as enDI does with an activity's
/// own rate and the CAE's default rate (cae-rules-facts §D.17). Tiers are sorted by threshold; thresholds
/// are positive and distinct. Immutable, with value equality (the reference included).
/// </remarks>
public sealed class ContributionRate : IEquatable<ContributionRate>
{
    /// <summary>Creates a dated rate.</summary>
    /// <param name="from">The first day it applies.</param>
    /// <param name="rate">The rate on the base up to the first tier.</param>
    /// <param name="reference">Its source (statutes, board decision, policy file).</param>
    /// <param name="structure">The structure it applies to; <c>null</c> for the CAE default.</param>
    /// <param name="entrepreneurId">The person it applies to; <c>null</c> for everyone.</param>
    /// <param name="tiers">Marginal tiers above cumulative thresholds; may be empty.</param>
    /// <exception cref="DomainRuleException">Two tiers share a threshold, a threshold is not positive, or the date is outside 1900..2100.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> or a tier is <c>null</c>.</exception>
    public ContributionRate(LocalDate from, Rate rate, Reference reference, Structure? structure = null, string? entrepreneurId = null, IEnumerable<RateTier>? tiers = null)
    {
        ParameterBounds.DateIn("contribution.rates.from", from);
        From = from;
        Rate = rate;
        Reference = reference ?? throw new ArgumentNullException(nameof(reference));
        Structure = structure;
        EntrepreneurId = string.IsNullOrWhiteSpace(entrepreneurId) ? null : entrepreneurId!.Trim();
        var sorted = (tiers ?? Array.Empty<RateTier>()).Select(t => t ?? throw new ArgumentNullException(nameof(tiers))).OrderBy(t => t.Above).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Above <= Money.Zero || (i > 0 && sorted[i].Above == sorted[i - 1].Above))
            {
                throw new DomainRuleException("tiers.above", sorted[i].Above.ToString(), "tier thresholds are positive and distinct");
            }
        }

        Tiers = Array.AsReadOnly(sorted);
    }

    /// <summary>The first day it applies.</summary>
    public LocalDate From { get; }

    /// <summary>The rate up to the first tier.</summary>
    public Rate Rate { get; }

    /// <summary>Its source.</summary>
    public Reference Reference { get; }

    /// <summary>The structure it applies to; <c>null</c> for the CAE default.</summary>
    public Structure? Structure { get; }

    /// <summary>The person it applies to; <c>null</c> for everyone.</summary>
    public string? EntrepreneurId { get; }

    /// <summary>Marginal tiers, by increasing threshold.</summary>
    public IReadOnlyList<RateTier> Tiers { get; }

    /// <summary>The highest rate of the schedule (the flat rate or a tier's).</summary>
    public Rate HighestRate => Tiers.Aggregate(Rate, (max, t) => t.Rate > max ? t.Rate : max);

    /// <inheritdoc />
    public bool Equals(ContributionRate? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (From == other.From && Rate == other.Rate && Reference.Equals(other.Reference) && Structure == other.Structure
                && string.Equals(EntrepreneurId, other.EntrepreneurId, StringComparison.Ordinal) && Tiers.SequenceEqual(other.Tiers)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ContributionRate);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((From.GetHashCode() * 31) + Rate.GetHashCode() + (Tiers.Count * 7));

    /// <summary>The rate, tiers and scope, for traces.</summary>
    public override string ToString()
    {
        var scope = EntrepreneurId is not null ? $"person {EntrepreneurId}" : Structure is { } s ? $"structure {s}" : "CAE default";
        var tiers = Tiers.Count == 0 ? string.Empty : "; " + string.Join("; ", Tiers.Select(t => FormattableString.Invariant($"{t.Rate} above {t.Above}")));
        return FormattableString.Invariant($"{Rate}{tiers} ({scope}, from {From:yyyy-MM-dd})");
    }
}
