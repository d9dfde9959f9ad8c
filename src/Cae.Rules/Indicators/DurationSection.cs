namespace Cae.Rules.Indicators;

/// <summary>
/// The <c>path_duration_months</c> section: the average number of completed calendar months from entry to
/// exit (NodaTime <c>Period.Between(entry, exit, PeriodUnits.Months)</c>) over the exits of year Y.
/// </summary>
/// <param name="Average">Over all exits, rounded to 2 decimals; <c>null</c> without exits.</param>
/// <param name="ByCategory">By exit category code (all six, in category order), <c>null</c> for a category without exits.</param>
public sealed record DurationSection(decimal? Average, GroupTable<decimal?> ByCategory)
{
    /// <summary>The section from the exits and the months of support summed by exit category (in category order), with the averages computed from them.</summary>
    internal static DurationSection FromMonths(ExitCounts exits, System.Func<int, long> monthsOfCategory)
    {
        var byCategory = new System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, decimal?>>();
        long months = 0;
        for (var c = 0; c < Cae.Domain.Paths.ExitCategory.Count; c++)
        {
            var sum = monthsOfCategory(c);
            months = checked(months + sum);
            byCategory.Add(new(Cae.Domain.Paths.ExitCategory.FromValue(c).Code, ReportRounding.Average(sum, exits.Of(c))));
        }

        return new DurationSection(ReportRounding.Average(months, exits.Total), new GroupTable<decimal?>(byCategory));
    }
}
