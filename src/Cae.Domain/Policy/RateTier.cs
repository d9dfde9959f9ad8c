using Cae.Domain.Values;

namespace Cae.Domain.Policy;

/// <summary>
/// A marginal tier of a contribution rate: the rate that applies to the part of the year's cumulative base
/// above a threshold.
/// </summary>
/// <param name="Above">The threshold on the base cumulated within the calendar year.</param>
/// <param name="Rate">The marginal rate above the threshold.</param>
/// <remarks>Example (a CAE's public wiki, cae-rules-facts §D.15): 10 %, 8 % above 35 000 €, 6 % above 45 000 €.</remarks>
public sealed record RateTier(Money Above, Rate Rate);
