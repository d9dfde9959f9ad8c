using Cae.Domain.Values;
using Cae.Rules.Contribution;

namespace Cae.Rules.WhatIf;

/// <summary>
/// The modelled contribution column: every activity row's contribution computed by the contribution rule from its
/// recorded turnover and purchases, with the cumulative base of the same person and structure earlier in the
/// calendar year (for tiers). Recorded contributions are not read.
/// </summary>
internal static class ModelledContributions
{
    /// <summary>The contribution in cents of every row.</summary>
    /// <param name="inputs">The prepared dataset.</param>
    /// <param name="rule">The contribution rule of the policy.</param>
    public static long[] Compute(ModelInputs inputs, IContributionRule rule)
    {
        var data = inputs.Data;
        var order = inputs.Order;
        var restart = inputs.Restart;
        var months = inputs.Months;
        var structures = inputs.Structures;
        var persons = inputs.PersonIds;
        var turnover = data.Turnover;
        var purchases = data.Purchases;
        var rowStructure = data.ActivityStructure;
        var rowPerson = data.ActivityPerson;
        var result = new long[data.ActivityCount];
        var cumulative = 0L;
        for (var i = 0; i < order.Length; i++)
        {
            var r = order[i];
            if (restart[i])
            {
                cumulative = 0;
            }

            var t = Money.FromCents(turnover[r]);
            var p = Money.FromCents(purchases[r]);
            result[r] = rule.Compute(months[r], structures[rowStructure[r]], persons[rowPerson[r]], t, p, Money.FromCents(cumulative)).Cents;
            cumulative += rule.Base(t, p).Cents;
        }

        return result;
    }
}
