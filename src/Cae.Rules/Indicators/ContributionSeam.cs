using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Contribution;
using Cae.Rules.Data;

namespace Cae.Rules.Indicators;

/// <summary>
/// The one place where the bulk report asks the contribution rule (<see cref="ContributionRule"/>) for the
/// contribution of a row that does not record one.
/// </summary>
internal sealed class ContributionSeam
{
    private readonly ContributionRule rule;

    public ContributionSeam(ContributionPolicy policy) => rule = new ContributionRule(policy);

    /// <summary>The base of a row per the policy (gross margin or turnover), in cents.</summary>
    /// <param name="turnover">Turnover in cents.</param>
    /// <param name="purchases">Purchases in cents.</param>
    public long Base(long turnover, long purchases) => rule.Base(Money.FromCents(turnover), Money.FromCents(purchases)).Cents;

    /// <summary>The contribution in cents of one activity row.</summary>
    /// <param name="monthIndex">The row's month index.</param>
    /// <param name="structure">The structure that carries the activity.</param>
    /// <param name="entrepreneurId">The person.</param>
    /// <param name="turnover">Turnover in cents.</param>
    /// <param name="purchases">Purchases in cents.</param>
    /// <param name="cumulativeBaseBefore">The base of the same person and structure earlier in the calendar year, in cents.</param>
    public long Compute(int monthIndex, Structure structure, string entrepreneurId, long turnover, long purchases, long cumulativeBaseBefore) =>
        rule.Compute(CaeDataset.MonthOf(monthIndex), structure, entrepreneurId, Money.FromCents(turnover), Money.FromCents(purchases), Money.FromCents(cumulativeBaseBefore)).Cents;
}
