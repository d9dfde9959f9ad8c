using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Data;
using Cae.Rules.Indicators;

namespace Cae.Rules.Forecast;

/// <summary>
/// The projected amounts of a forecast year: associates' turnover as in Y−1, accompanied turnover in
/// proportion to the projected accompanied people, contributions in proportion to the projected turnover.
/// </summary>
internal static class ForecastMoneyModel
{
    /// <summary>The projection, or <c>null</c> when the policy gives no budget for Y or the data does not cover Y−1.</summary>
    public static ForecastMoney? Project(CaeDataset data, CaePolicy policy, int year, long accompanied)
    {
        if (!policy.SupportBudget.TryGetValue(year, out var budget) || !DataCoverage.Of(data).Covers(year - 1))
        {
            return null;
        }

        var before = new AnnualReportEngine(data, policy).Compute(year - 1);
        var accompaniedBefore = before.Flows.Total.Accompanied;
        var accompaniedTurnover = accompaniedBefore == 0
            ? before.Turnover.Accompanied
            : Money.RoundFromEuros(before.Turnover.Accompanied.Euros * accompanied / accompaniedBefore);
        var turnover = before.Turnover.Associates + accompaniedTurnover;
        var contributions = before.Turnover.Total.Cents == 0
            ? before.Contributions.Total
            : Money.RoundFromEuros(before.Contributions.Total.Euros * turnover.Euros / before.Turnover.Total.Euros);
        return new ForecastMoney(turnover, contributions, budget);
    }
}
