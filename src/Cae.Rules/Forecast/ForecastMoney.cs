using Cae.Domain.Values;
using Cae.Rules.Indicators;

namespace Cae.Rules.Forecast;

/// <summary>The projected amounts of a forecast year.</summary>
/// <param name="Turnover">The projected turnover: associates' as in the year before, accompanied people's in proportion to the projected accompanied.</param>
/// <param name="Contributions">The projected contributions: the year before's, in proportion to the projected turnover.</param>
/// <param name="SupportBudget">The policy's support budget of the year.</param>
public sealed record ForecastMoney(Money Turnover, Money Contributions, Money SupportBudget)
{
    /// <summary>The projected self-financing rate: contributions / budget (rounded like the report's rates), <c>null</c> for a zero budget.</summary>
    public decimal? SelfFinancing => ReportRounding.Rate(Contributions.Euros, SupportBudget.Euros);
}
