namespace Cae.Rules.WhatIf;

/// <summary>
/// What a scenario means for one person: her modelled hours, contribution and admission date in the what-if's year,
/// under the baseline and under the scenario (<see cref="WhatIfResult.People"/>).
/// </summary>
/// <param name="EntrepreneurId">The person.</param>
/// <param name="Baseline">Her figures under the baseline policy.</param>
/// <param name="Scenario">Her figures under the scenario.</param>
/// <remarks>Immutable, with value equality.</remarks>
public sealed record PersonWhatIf(string EntrepreneurId, PersonFigures Baseline, PersonFigures Scenario)
{
    /// <summary>Whether the scenario changes any of her figures.</summary>
    public bool Changes => !Baseline.Equals(Scenario);
}
