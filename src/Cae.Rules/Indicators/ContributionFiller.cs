using System;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Rules.Data;

namespace Cae.Rules.Indicators;

/// <summary>
/// Fills the contribution column: recorded contributions as they are, missing ones computed by the
/// contribution rule with the cumulative base of the same person and structure earlier in the calendar year.
/// </summary>
internal static class ContributionFiller
{
    /// <summary>The effective contribution column; the dataset's own column when every row records one.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="policy">The contribution policy.</param>
    /// <param name="computed">How many rows were computed.</param>
    public static long[] Fill(CaeDataset data, ContributionPolicy policy, out int computed)
    {
        var recorded = data.ContributionRecorded;
        computed = 0;

        // Most exports record every contribution: answer that case with one vectorised search.
        if (Array.IndexOf(recorded, false) < 0)
        {
            return data.Contribution;
        }

        for (var r = 0; r < recorded.Length; r++)
        {
            if (!recorded[r])
            {
                computed++;
            }
        }

        if (computed == 0)
        {
            return data.Contribution;
        }

        var result = (long[])data.Contribution.Clone();
        var order = data.RowsByPersonStructureMonth();
        var rule = new ContributionSeam(policy);
        var structures = new Structure[data.Structures.Count];
        for (var s = 0; s < structures.Length; s++)
        {
            structures[s] = new Structure(data.Structures[s]);
        }

        var cumulative = 0L;
        var previous = -1;
        foreach (var r in order)
        {
            if (previous < 0
                || data.ActivityPerson[r] != data.ActivityPerson[previous]
                || data.ActivityStructure[r] != data.ActivityStructure[previous]
                || data.ActivityMonth[r] / 12 != data.ActivityMonth[previous] / 12)
            {
                cumulative = 0;
            }

            var turnover = data.Turnover[r];
            var purchases = data.Purchases[r];
            if (!recorded[r])
            {
                var person = data.ActivityPerson[r];
                result[r] = rule.Compute(data.ActivityMonth[r], structures[data.ActivityStructure[r]], data.PersonId[person], turnover, purchases, cumulative);
            }

            cumulative += rule.Base(turnover, purchases);
            previous = r;
        }

        return result;
    }
}
