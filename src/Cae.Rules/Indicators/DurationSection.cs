namespace Cae.Rules.Indicators;

/// <summary>
/// The <c>path_duration_months</c> section: the average number of completed calendar months from entry to
/// exit (NodaTime <c>Period.Between(entry, exit, PeriodUnits.Months)</c>) over the exits of year Y.
/// </summary>
/// <param name="Average">Over all exits, rounded to 2 decimals; <c>null</c> without exits.</param>
/// <param name="ByCategory">By exit category code (all six, in category order), <c>null</c> for a category without exits.</param>
public sealed record DurationSection(decimal? Average, GroupTable<decimal?> ByCategory);
