using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Data;

namespace Cae.Rules.Indicators;

/// <summary>
/// The one place where the bulk report asks the contribution rule for the contribution of a row that
/// does not record one.
/// </summary>
/// <remarks>
/// Interim computation until the contribution rule is available: the rate in force for the month, person
/// and structure (<see cref="ContributionPolicy.RateFor"/>), marginal tiers above the cumulative base of the
/// calendar year, the product rounded to the cent half away from zero, and the monthly minimum for a month
/// with a positive base. A negative base gives a negative contribution at the rate in force.
/// </remarks>
internal sealed class ContributionSeam
{
    private readonly ContributionPolicy policy;

    public ContributionSeam(ContributionPolicy policy) => this.policy = policy;

    /// <summary>The contribution in cents of one activity row.</summary>
    /// <param name="monthIndex">The row's month index.</param>
    /// <param name="structure">The structure that carries the activity.</param>
    /// <param name="entrepreneurId">The person.</param>
    /// <param name="turnover">Turnover in cents.</param>
    /// <param name="purchases">Purchases in cents.</param>
    /// <param name="cumulativeBaseBefore">The base of the same person and structure earlier in the calendar year, in cents.</param>
    public long Compute(int monthIndex, Structure structure, string entrepreneurId, long turnover, long purchases, long cumulativeBaseBefore)
    {
        var month = CaeDataset.MonthOf(monthIndex);
        var rate = policy.RateFor(month.OnDayOfMonth(1), structure, entrepreneurId);
        var baseCents = policy.Base == ContributionBase.GrossMargin ? turnover - purchases : turnover;
        decimal exact;
        if (baseCents <= 0 || rate.Tiers.Count == 0)
        {
            exact = baseCents * rate.Rate.Value;
        }
        else
        {
            exact = 0m;
            var from = cumulativeBaseBefore;
            var to = cumulativeBaseBefore + baseCents;
            var lowerRate = rate.Rate.Value;
            var lower = long.MinValue;
            for (var i = 0; i <= rate.Tiers.Count; i++)
            {
                var upper = i < rate.Tiers.Count ? rate.Tiers[i].Above.Cents : long.MaxValue;
                var a = from > lower ? from : lower;
                var b = to < upper ? to : upper;
                if (b > a)
                {
                    exact += (b - a) * lowerRate;
                }

                if (i < rate.Tiers.Count)
                {
                    lower = upper;
                    lowerRate = rate.Tiers[i].Rate.Value;
                }
            }
        }

        var cents = (long)Rounding.ToDecimals(exact, 0);
        if (baseCents > 0 && cents < policy.MonthlyMinimum.Cents)
        {
            cents = policy.MonthlyMinimum.Cents;
        }

        return cents;
    }
}
