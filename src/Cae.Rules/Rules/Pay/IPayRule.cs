using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.Pay;

/// <summary>
/// How a month's gross margin and contribution turn into gross salary, employer charges and salary hours: the seam
/// through which a what-if scenario tries another pay rule than <see cref="PayCascadeRule"/> (a structural change,
/// see <c>Cae.Rules.WhatIf.RuleSet</c>).
/// </summary>
/// <remarks>Implementations are immutable and thread-safe: the what-if engine calls them from several threads.</remarks>
public interface IPayRule
{
    /// <summary>The month's cascade from a known gross margin and contribution (no trace needed).</summary>
    /// <param name="month">The month.</param>
    /// <param name="grossMargin">Turnover − purchases.</param>
    /// <param name="contributionPaid">The contribution of the month.</param>
    /// <param name="directCosts">Other costs directly and exclusively linked to the activity.</param>
    PayResult Compute(YearMonth month, Money grossMargin, Money contributionPaid, Money directCosts);
}
