using NodaTime;

namespace Cae.Rules.SupportLimit;

/// <summary>
/// The day a person's support limit is reached: the seam through which a what-if scenario tries another limit rule
/// than <see cref="SupportLimitRule"/> (a structural change, see <c>Cae.Rules.WhatIf.RuleSet</c>).
/// </summary>
/// <remarks>Implementations are immutable and thread-safe: the what-if engine calls them from several threads.</remarks>
public interface ISupportLimitRule
{
    /// <summary>The day the support limit is reached for a person who entered on a day.</summary>
    /// <param name="entry">The entry date.</param>
    LocalDate SupportEnd(LocalDate entry);
}
