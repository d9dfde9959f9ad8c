using Cae.Domain.Values;

namespace Cae.Rules.Indicators;

/// <summary>The <c>contributions</c> section: contributions of the activity rows of year Y (recorded, or computed by the policy).</summary>
/// <param name="Total">All contributions.</param>
/// <param name="ByStructure">By the structure that carries the activity.</param>
/// <param name="ByEstablishment">By the row's establishment.</param>
/// <param name="ByStructureAndEstablishment">By structure, then establishment.</param>
/// <param name="AssociatesShareByStructure">Contributions of associate rows / all contributions of the structure, rounded to 4 decimals; <c>null</c> when the structure's total is zero.</param>
public sealed record ContributionSection(
    Money Total,
    GroupTable<Money> ByStructure,
    GroupTable<Money> ByEstablishment,
    GroupTable<GroupTable<Money>> ByStructureAndEstablishment,
    GroupTable<decimal?> AssociatesShareByStructure);
