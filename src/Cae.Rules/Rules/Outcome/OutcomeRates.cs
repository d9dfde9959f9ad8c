using System.Collections.Generic;
using Cae.Domain.Values;
using Cae.Rules.Explanation;

namespace Cae.Rules.Outcome;

/// <summary>The outcome of a set of exits: counts, positive and perennial rates, with the explanation.</summary>
/// <param name="Exits">The number of exits.</param>
/// <param name="Positive">How many are in a positive category.</param>
/// <param name="Perennial">How many are in a perennial category.</param>
/// <param name="PositiveRate">Positive / exits; <c>null</c> when there is no exit.</param>
/// <param name="PerennialRate">Perennial / exits; <c>null</c> when there is no exit.</param>
/// <param name="ByCategory">The number of exits per category code, all six categories included.</param>
/// <param name="Trace">How the rates were computed; empty for the fast <see cref="ExitOutcomeRule.Rates"/>.</param>
public sealed record OutcomeRates(
    int Exits,
    int Positive,
    int Perennial,
    Rate? PositiveRate,
    Rate? PerennialRate,
    IReadOnlyDictionary<string, int> ByCategory,
    Trace Trace);
