using System;
using Cae.Domain.Policy;
using Cae.Rules.Data;

namespace Cae.Rules.Indicators;

/// <summary>
/// Step 1 of the bulk report: the values the indicators count, per activity row and per person, once the
/// policy has been applied (the contribution of each row, its salary hours, each person's associate month,
/// exit date and exit category).
/// </summary>
/// <remarks>
/// <para>The baseline (<see cref="Baseline"/>) takes every value from the data and computes, with the
/// contribution rule, the contribution of the rows that do not record one. A what-if scenario replaces
/// this step with values computed under another policy; step 2 (<see cref="ReportAccumulator"/>) then
/// counts them the same way.</para>
/// <para>Columns the policy does not change are shared with the <see cref="CaeDataset"/>, not copied.
/// Immutable once built and safe to read from several threads.</para>
/// </remarks>
public sealed class EffectiveValues
{
    internal EffectiveValues(CaeDataset data, long[] contribution, int[] salaryHours, int[] associateMonth, int[] exitKey, byte[] exitCategory)
    {
        Data = data;
        Contribution = Check(contribution, data.ActivityCount, nameof(contribution));
        SalaryHours = Check(salaryHours, data.ActivityCount, nameof(salaryHours));
        AssociateMonth = Check(associateMonth, data.PersonCount, nameof(associateMonth));
        ExitKey = Check(exitKey, data.PersonCount, nameof(exitKey));
        ExitCategory = Check(exitCategory, data.PersonCount, nameof(exitCategory));
        if (!ReferenceEquals(exitKey, data.ExitKey) || !ReferenceEquals(exitCategory, data.ExitCategoryColumn))
        {
            CheckExits(exitKey, exitCategory);
        }

        if (!ReferenceEquals(contribution, data.Contribution))
        {
            CheckContributions(contribution);
        }
    }

    /// <summary>
    /// The largest contribution of one row, in cents, in absolute value: 10^15 cents (10^13 €), so that the report's
    /// 64-bit sums of <see cref="ReportAccumulator.FlushRows"/> rows cannot overflow (recorded amounts are at most
    /// 10^12 €).
    /// </summary>
    internal const long ContributionLimitCents = 1_000_000_000_000_000;

    /// <summary>The data the values belong to.</summary>
    public CaeDataset Data { get; }

    /// <summary>The number of activity rows whose contribution was computed rather than recorded.</summary>
    public int ComputedContributions { get; private set; }

    /// <summary>Per row: the contribution in cents (recorded, or computed by the contribution rule).</summary>
    internal long[] Contribution { get; }

    /// <summary>Per row: the salary hours in hundredths.</summary>
    internal int[] SalaryHours { get; }

    /// <summary>Per person: the month index from which the person's rows are associate rows (<see cref="CaeDataset.NeverMonth"/> for never).</summary>
    internal int[] AssociateMonth { get; }

    /// <summary>Per person: the exit date as a <see cref="DateKey"/>, or <see cref="DateKey.None"/>.</summary>
    internal int[] ExitKey { get; }

    /// <summary>Per person: the exit category value (0 to 5), or <see cref="CaeDataset.NoCategory"/>.</summary>
    internal byte[] ExitCategory { get; }

    /// <summary>
    /// The values of the data as recorded: recorded contributions are kept, missing ones are computed from
    /// the policy's contribution rule (per row, with the tiers' cumulative base of the same person and
    /// structure earlier in the calendar year).
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="policy">The policy (its contribution rates are used only for rows without a recorded contribution).</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="Cae.Domain.Errors.DomainRuleException">A contribution must be computed and no rate is in force for its month.</exception>
    public static EffectiveValues Baseline(CaeDataset data, CaePolicy policy)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var contribution = ContributionFiller.Fill(data, policy.Contribution, out var computed);
        return new EffectiveValues(data, contribution, data.SalaryHours, data.AssociateMonth, data.ExitKey, data.ExitCategoryColumn)
        {
            ComputedContributions = computed,
        };
    }

    /// <summary>
    /// Checks that a person has an exit category exactly when it has an exit date: the report counts exits by
    /// category with the category as an index. The dataset's own columns hold this by construction.
    /// </summary>
    private static void CheckExits(int[] exitKey, byte[] exitCategory)
    {
        for (var p = 0; p < exitKey.Length; p++)
        {
            var category = exitCategory[p];
            var valid = exitKey[p] == DateKey.None ? category == CaeDataset.NoCategory : category < Domain.Paths.ExitCategory.Count;
            if (!valid)
            {
                throw new ArgumentException($"Person {p} has exit key {exitKey[p]} and exit category {category}: a category is set exactly when an exit is.", nameof(exitCategory));
            }
        }
    }

    /// <summary>Checks that computed contributions stay within <see cref="ContributionLimitCents"/>.</summary>
    private static void CheckContributions(long[] contribution)
    {
        for (var r = 0; r < contribution.Length; r++)
        {
            var c = contribution[r];
            if (c > ContributionLimitCents || c < -ContributionLimitCents)
            {
                throw new Domain.Errors.DomainRuleException(
                    "contribution",
                    Domain.Values.Money.FromCents(c).ToString(),
                    "a computed contribution of one row is at most 10^13 € in absolute value: check the policy's rates and monthly minimum");
            }
        }
    }

    private static T[] Check<T>(T[] column, int length, string name)
    {
        if (column is null)
        {
            throw new ArgumentNullException(name);
        }

        if (column.Length != length)
        {
            throw new ArgumentException($"The column has {column.Length} values for {length} rows.", name);
        }

        return column;
    }
}
