using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Explanation;

namespace Cae.Rules.Contribution;

/// <summary>The contribution of one activity row, with the values that give it and its explanation.</summary>
/// <param name="Base">The base of the row: gross margin or turnover, per the policy.</param>
/// <param name="Rate">The dated rate applied (the person's, the structure's or the CAE default), with its tiers.</param>
/// <param name="Exact">The contribution before rounding, in euros.</param>
/// <param name="Amount">The contribution, rounded to the cent, half away from zero (and raised to the monthly minimum when it applies).</param>
/// <param name="MinimumApplied">Whether the monthly minimum replaced the computed amount.</param>
/// <param name="Trace">How the amount was computed.</param>
public sealed record ContributionResult(Money Base, ContributionRate Rate, decimal Exact, Money Amount, bool MinimumApplied, Trace Trace);
