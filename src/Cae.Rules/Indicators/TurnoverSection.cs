using Cae.Domain.Values;

namespace Cae.Rules.Indicators;

/// <summary>The <c>turnover</c> section: turnover of the activity rows of year Y, associates' and accompanied, by reporting unit.</summary>
/// <param name="Total">All turnover.</param>
/// <param name="Associates">Turnover of associate rows (month on or after the associate month).</param>
/// <param name="Accompanied">Turnover of the other rows.</param>
/// <param name="ByUnit">By reporting unit of the policy (units with at least one row in Y).</param>
/// <param name="ByStructure">By structure that carries the activity (the annual report's averages per associate are per structure).</param>
public sealed record TurnoverSection(Money Total, Money Associates, Money Accompanied, GroupTable<UnitTurnover> ByUnit, GroupTable<UnitTurnover> ByStructure);
