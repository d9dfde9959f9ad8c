using Cae.Rules.Data;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cae.Rules.Tests.Indicators.Additions;

/// <summary>The support year of a month, computed on date keys, is that of the contract's definition on dates (§3').</summary>
public class SupportYearProperty
{
    private static int Definition(LocalDate entry, int month)
    {
        // k holds the months m with 12(k−1) ≤ completed months from entry_date to the first day of m < 12k.
        var monthStart = CaeDataset.MonthOf(month).OnDayOfMonth(1);
        var months = monthStart <= entry ? 0 : CompletedMonths.Between(entry, monthStart);
        return (months / 12) + 1;
    }

    [Property(MaxTest = 2000)]
    public Property The_support_year_on_keys_is_the_definition_on_dates() =>
        Prop.ForAll(
            Gen.Choose(0, (2100 - 1900 + 1) * 365).ToArbitrary(),
            Gen.Choose(CaeDataset.MonthIndex(1900, 1), CaeDataset.MonthIndex(2100, 12)).ToArbitrary(),
            (days, month) =>
            {
                var entry = new LocalDate(1900, 1, 1).PlusDays(days);
                return ReportAdditions.SupportYear(DateKey.Of(entry), month) == Definition(entry, month);
            });

    [Property(MaxTest = 500)]
    public Property Month_ends_and_nearby_months_agree_too() =>
        Prop.ForAll(
            Gen.Choose(1990, 2030).ToArbitrary(),
            Gen.Choose(1, 12).ToArbitrary(),
            Gen.Choose(-3, 40).ToArbitrary(),
            (year, month, after) =>
            {
                var entry = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1 - (after % 3));
                var m = CaeDataset.MonthIndex(year, month) + after;
                return ReportAdditions.SupportYear(DateKey.Of(entry), m) == Definition(entry, m);
            });
}

/// <summary>The crosstab counted in arrays and in a dictionary are the same.</summary>
public class AdditionsCountingProperty
{
    [Property(MaxTest = 30)]
    public Property Counting_in_arrays_or_in_a_dictionary_gives_the_same_additions() =>
        Prop.ForAll(Gen.Choose(0, 10_000).ToArbitrary(), Gen.Choose(2013, 2016).ToArbitrary(), (seed, year) =>
        {
            var data = RandomPopulation.Create(seed, 60);
            return ReportAdditions.Compute(data, year, denseCells: 0).Equals(ReportAdditions.Compute(data, year));
        });
}
