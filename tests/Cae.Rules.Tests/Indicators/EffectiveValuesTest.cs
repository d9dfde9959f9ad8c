using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Contribution;
using Cae.Rules.Indicators;
using NodaTime;
using Xunit;
using static Cae.Rules.Tests.Indicators.TestData;

namespace Cae.Rules.Tests.Indicators;

public class EffectiveValuesTest
{
    private static readonly ContributionPolicy Tiered = new(
        ContributionBase.GrossMargin,
        new[]
        {
            new ContributionRate(new LocalDate(2014, 1, 1), Rate.FromFraction(0.10m), new Reference("test", null)),
            new ContributionRate(new LocalDate(2014, 1, 1), Rate.FromFraction(0.08m), new Reference("test", null), new Structure("Baticoop"), tiers: new[] { new RateTier(Money.FromEuros(35000m), Rate.FromFraction(0.06m)) }),
        },
        Money.Zero);

    [Fact]
    public void Missing_contributions_use_the_cumulative_base_of_the_person_structure_and_year_whatever_the_row_order()
    {
        // Rows out of order, two structures and two years: the tier applies from 35 000 of Baticoop base within a year.
        var rows = new[]
        {
            Row("A", "2015-03", "Baticoop", 20000m, null, purchases: 1000m),
            Row("A", "2014-12", "Baticoop", 40000m, null),
            Row("A", "2015-01", "Baticoop", 30000m, null),
            Row("A", "2015-02", "Coopilote", 30000m, null),
            Row("A", "2015-02", "Baticoop", 1000m, 55.55m),
        };
        var data = Dataset(new[] { Path("A", "Besançon", "Baticoop", "2014-01-01") }, rows);
        var values = EffectiveValues.Baseline(data, CaePolicy.Default with { Contribution = Tiered });
        var rule = new ContributionRule(Tiered);
        Money Expected(string month, string structure, decimal turnover, decimal purchases, decimal before) =>
            rule.Compute(YearMonthOf(month), new Structure(structure), "A", Money.FromEuros(turnover), Money.FromEuros(purchases), Money.FromEuros(before));

        Assert.Equal(4, values.ComputedContributions);
        var contributions = values.Contribution.Select(Money.FromCents).ToArray();
        Assert.Equal(Expected("2015-03", "Baticoop", 20000m, 1000m, 31000m), contributions[0]); // 30 000 (Jan) + 1 000 (Feb)
        Assert.Equal(Expected("2014-12", "Baticoop", 40000m, 0m, 0m), contributions[1]);
        Assert.Equal(Expected("2015-01", "Baticoop", 30000m, 0m, 0m), contributions[2]);
        Assert.Equal(Expected("2015-02", "Coopilote", 30000m, 0m, 0m), contributions[3]);
        Assert.Equal(Money.FromEuros(55.55m), contributions[4]); // recorded: kept
        Assert.Equal(Money.FromEuros(1220m), contributions[0]); // base 19 000 from 31 000: 4 000 × 8 % + 15 000 × 6 %
    }

    [Fact]
    public void Recorded_contributions_share_the_dataset_column()
    {
        var data = HandBuiltDataset.Create();
        var values = EffectiveValues.Baseline(data, CaePolicy.Default);
        Assert.Equal(1, values.ComputedContributions);
        var recorded = Dataset(HandBuiltDataset.Paths, HandBuiltDataset.Rows.Where(r => r.Contribution is not null));
        Assert.Same(recorded.Contribution, EffectiveValues.Baseline(recorded, CaePolicy.Default).Contribution);
    }

    [Theory]
    [InlineData(true, false)] // an exit without a category
    [InlineData(false, true)] // a category without an exit
    [InlineData(true, true)] // an exit with a category that is no category's value
    public void Values_whose_exits_and_categories_disagree_are_refused(bool exit, bool category)
    {
        var data = HandBuiltDataset.Create();
        var p = Enumerable.Range(0, data.PersonCount).First(i => data.ExitKey[i] == Cae.Rules.Data.DateKey.None);
        var exitKey = (int[])data.ExitKey.Clone();
        var exitCategory = (byte[])data.ExitCategoryColumn.Clone();
        exitKey[p] = exit ? Cae.Rules.Data.DateKey.Of(new LocalDate(2015, 6, 30)) : exitKey[p];
        exitCategory[p] = category ? (byte)(exit ? ExitCategory.Count : 0) : exitCategory[p];
        var error = Assert.Throws<System.ArgumentException>(() => new EffectiveValues(data, data.Contribution, data.SalaryHours, data.AssociateMonth, exitKey, exitCategory));
        Assert.Equal("exitCategory", error.ParamName);

        // The same columns made consistent are accepted.
        exitKey[p] = Cae.Rules.Data.DateKey.Of(new LocalDate(2015, 6, 30));
        exitCategory[p] = (byte)ExitCategory.Creation.Value;
        Assert.Same(exitKey, new EffectiveValues(data, data.Contribution, data.SalaryHours, data.AssociateMonth, exitKey, exitCategory).ExitKey);
    }

    private static YearMonth YearMonthOf(string text) => NodaTime.Text.YearMonthPattern.Iso.Parse(text).Value;
}
