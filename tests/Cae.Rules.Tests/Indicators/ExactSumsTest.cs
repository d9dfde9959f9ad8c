using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Activity;
using Cae.Domain.Values;
using Cae.Rules.Data;
using Cae.Rules.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static Cae.Rules.Tests.Indicators.TestData;

namespace Cae.Rules.Tests.Indicators;

/// <summary>The report's sums are exact for any accepted rows, past 2^63 cents, in any order and any sharding.</summary>
public class ExactSumsTest
{
    private const decimal Limit = 1_000_000_000_000m; // 10^12 €, the largest amount of a row

    [Fact]
    public void One_hundred_thousand_rows_of_ten_to_the_twelve_euros_give_ten_to_the_seventeen()
    {
        var data = Build(Enumerable.Repeat(Limit, 100_000).ToArray());
        var report = new AnnualReportEngine(data, TestData.Policy).Compute(2015);
        Assert.Equal(100_000_000_000_000_000m, report.Turnover.Total.Euros);
        Assert.Equal(100_000_000_000_000_000m, report.Contributions.Total.Euros);
        Assert.Equal(100_000_000_000_000_000m, report.Turnover.ByStructure["Coopilote"].Total.Euros);
        Assert.Equal(100_000_000_000_000_000m, report.ToTree().Number("turnover", "total"));
    }

    [Fact]
    public void Rows_of_both_signs_sum_exactly_in_any_order()
    {
        // 2^63 cents is 92 233 720 368 547 758.08 €: 100 000 rows of +10^12 € then 100 000 of −10^12 € + 0.01 €
        // pass it on the way, in both orders.
        var up = Enumerable.Repeat(Limit, 100_000).Concat(Enumerable.Repeat(-Limit + 0.01m, 100_000)).ToArray();
        var down = up.Reverse().ToArray();
        foreach (var amounts in new[] { up, down })
        {
            var report = new AnnualReportEngine(Build(amounts), TestData.Policy).Compute(2015);
            Assert.Equal(1000m, report.Turnover.Total.Euros);
        }
    }

    [Fact]
    public void Sharded_and_merged_sums_past_two_to_the_63_cents_are_exact()
    {
        var data = Build(Enumerable.Repeat(-Limit, 120_000).ToArray());
        var engine = new AnnualReportEngine(data, TestData.Policy);
        Assert.Equal(-120_000_000_000_000_000m, engine.ComputeParallel(2015, 7).Turnover.Total.Euros);
        Assert.Equal(engine.Compute(2015).ToTree(), engine.ComputeParallel(2015, 3).ToTree());
    }

    [Property(MaxTest = 30)]
    public Property Any_accepted_amounts_sum_to_their_exact_total() =>
        Prop.ForAll(
            Gen.Choose(0, 3).SelectMany(kind => Gen.Choose(-1_000_000, 1_000_000).Select(x => kind switch
            {
                0 => Limit,
                1 => -Limit,
                2 => x / 100m,
                _ => Limit - (x < 0 ? -x : x),
            })).ArrayOf().Select(a => a.Concat(Enumerable.Repeat(Limit, 20_000)).ToArray()).ToArbitrary(),
            amounts =>
            {
                var report = new AnnualReportEngine(Build(amounts), TestData.Policy).Compute(2015);
                return report.Turnover.Total.Euros == amounts.Sum();
            });

    [Fact]
    public void Amounts_beyond_ten_to_the_twelve_euros_are_not_added()
    {
        var builder = new CaeDatasetBuilder();
        Assert.True(builder.TryAddPath(Path("P", "Besançon", "Coopilote", "2015-01-01"), out _));
        Assert.Equal("turnover", Refused(builder, Row("P", "2015-01", "Coopilote", Limit + 0.01m, 0m)));
        Assert.Equal("contribution", Refused(builder, Row("P", "2015-02", "Coopilote", 1m, -Limit - 1m)));
        Assert.Equal("purchases", Refused(builder, Row("P", "2015-03", "Coopilote", 1m, 0m, purchases: Limit * 2)));
        Assert.True(builder.TryAddActivity(Row("P", "2015-04", "Coopilote", Limit, -Limit), out _));
    }

    [Fact]
    public void Months_outside_the_contract_range_are_not_added()
    {
        var builder = new CaeDatasetBuilder();
        Assert.True(builder.TryAddPath(Path("P", "Besançon", "Coopilote", "2015-01-01"), out _));
        Assert.Equal("month", Refused(builder, Row("P", "2101-01", "Coopilote", 1m, 0m)));
        Assert.Equal("month", Refused(builder, Row("P", "1899-12", "Coopilote", 1m, 0m)));
        Assert.True(builder.TryAddActivity(Row("P", "2100-12", "Coopilote", 1m, 0m), out _));
    }

    [Fact]
    public void More_than_two_to_the_sixteen_structures_never_collide()
    {
        // The duplicate check packed the structure in 16 bits: structure 65 536 + s collided with structure s.
        var builder = new CaeDatasetBuilder();
        Assert.True(builder.TryAddPath(Path("P", "Besançon", "S0", "2015-01-01"), out _));
        for (var s = 0; s <= 65_536; s++)
        {
            Assert.True(builder.TryAddActivity(Row("P", "2015-01", "S" + s, 1m, 0m), out _));
        }

        Assert.True(builder.TryAddActivity(Row("P", "2015-01", "S65536", 1m, 0m), out _));
        var data = builder.Build(out var rejections);
        Assert.Equal(65_537, data.ActivityCount);
        Assert.Single(rejections);
    }

    /// <summary>Rows of 2015 with the given turnover (and as much contribution), 12 months per person.</summary>
    private static CaeDataset Build(IReadOnlyList<decimal> amounts)
    {
        var persons = (amounts.Count + 11) / 12;
        var paths = Enumerable.Range(0, persons).Select(p => Path("P" + p, "Besançon", "Coopilote", "2014-01-01"));
        var rows = amounts.Select((a, i) => new MonthlyActivity(
            "P" + (i / 12),
            new NodaTime.YearMonth(2015, (i % 12) + 1),
            new Cae.Domain.Organisation.Structure("Coopilote"),
            null,
            Money.FromEuros(a),
            Money.Zero,
            Money.FromEuros(a),
            Hours.Zero));
        return Dataset(paths, rows);
    }

    private static string Refused(CaeDatasetBuilder builder, MonthlyActivity row)
    {
        Assert.False(builder.TryAddActivity(row, out var rejection));
        return rejection!.Column;
    }
}

/// <summary>Computed contributions are bounded too, so that no policy makes the report's 64-bit counters overflow.</summary>
public class ComputedContributionLimitTest
{
    [Fact]
    public void A_computed_contribution_beyond_ten_to_the_thirteen_euros_is_an_error_naming_the_field()
    {
        var data = Dataset(new[] { Path("P", "Besançon", "Coopilote", "2015-01-01") }, new[] { Row("P", "2015-01", "Coopilote", 1m, null) });
        var e = Assert.Throws<Cae.Domain.Errors.DomainRuleException>(() =>
        {
            // The policy may refuse such a minimum itself; either way the error names a field, never an overflow.
            var policy = TestData.Policy with { Contribution = TestData.Policy.Contribution.WithMonthlyMinimum(Money.FromEuros(50_000_000_000_000m)) };
            return new AnnualReportEngine(data, policy).Compute(2015);
        });
        Assert.Contains("minimum", e.Field + e.Rule, System.StringComparison.OrdinalIgnoreCase);
    }
}
