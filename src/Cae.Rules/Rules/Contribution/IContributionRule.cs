using Cae.Domain.Organisation;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.Contribution;

/// <summary>
/// How the contribution of one activity row is computed: the seam through which a what-if scenario tries another
/// formula than <see cref="ContributionRule"/> (a structural change, see <c>Cae.Rules.WhatIf.RuleSet</c>).
/// </summary>
/// <remarks>Implementations are immutable and thread-safe: the what-if engine calls them from several threads.</remarks>
public interface IContributionRule
{
    /// <summary>The base of a row (gross margin or turnover), cumulated within the calendar year for tiers.</summary>
    /// <param name="turnover">The row's turnover (may be negative: credit notes).</param>
    /// <param name="purchases">The row's purchases and subcontracting.</param>
    Money Base(Money turnover, Money purchases);

    /// <summary>The contribution of one activity row, rounded to the cent.</summary>
    /// <param name="month">The activity's month.</param>
    /// <param name="structure">The structure that carries the activity.</param>
    /// <param name="entrepreneurId">The person, for a per-person rate; <c>null</c> for none.</param>
    /// <param name="turnover">The row's turnover.</param>
    /// <param name="purchases">The row's purchases.</param>
    /// <param name="cumulativeBaseBefore">The same person's base under the same structure earlier in the same calendar year.</param>
    Money Compute(YearMonth month, Structure structure, string? entrepreneurId, Money turnover, Money purchases, Money cumulativeBaseBefore);
}
