using System;
using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Contribution;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Rules.Contribution;

public class ContributionRuleTest
{
    private static readonly Structure Coopilote = new("Coopilote");
    private static readonly Structure Baticoop = new("Baticoop");
    private static readonly LocalDate Start = new(2015, 1, 1);
    private static readonly Reference Ref = TestPolicies.TestReference;

    /// <summary>The wiki's tiers (cae-rules-facts §D.15): 10 %, 8 % above 35 000 €, 6 % above 45 000 €.</summary>
    private static readonly ContributionRule Tiered = new(new ContributionPolicy(
        ContributionBase.GrossMargin,
        new[]
        {
            new ContributionRate(Start, Rate.FromPercent(10), Ref, tiers: new[]
            {
                new RateTier(Money.FromEuros(35_000), Rate.FromPercent(8)),
                new RateTier(Money.FromEuros(45_000), Rate.FromPercent(6)),
            }),
        },
        Money.Zero));

    private static readonly ContributionRule Flat = new(CaePolicy.Default.Contribution);

    [Fact]
    public void Tier_example_computed_by_hand_for_a_year_of_8000_euros_a_month()
    {
        // Jan–Apr: 8 000 × 10 % = 800 each (cumulative 32 000).
        // May: 32 000 → 40 000: 3 000 × 10 % + 5 000 × 8 % = 300 + 400 = 700.
        // Jun: 40 000 → 48 000: 5 000 × 8 % + 3 000 × 6 % = 400 + 180 = 580.
        // Jul–Dec: 8 000 × 6 % = 480 each.
        // Year: 3 200 + 700 + 580 + 2 880 = 7 360 = 35 000 × 10 % + 10 000 × 8 % + 51 000 × 6 %.
        var expected = new[] { 800m, 800m, 800m, 800m, 700m, 580m, 480m, 480m, 480m, 480m, 480m, 480m };
        var before = Money.Zero;
        var total = Money.Zero;
        for (var m = 1; m <= 12; m++)
        {
            var paid = Tiered.Compute(new YearMonth(2015, m), Coopilote, "p1", Money.FromEuros(9_000), Money.FromEuros(1_000), before);
            Assert.Equal(Money.FromEuros(expected[m - 1]), paid);
            before += Money.FromEuros(8_000);
            total += paid;
        }

        Assert.Equal(Money.FromEuros(7_360), total);
        Assert.Equal(Money.FromEuros(7_360), Tiered.Compute(new YearMonth(2015, 12), Coopilote, "p1", Money.FromEuros(96_000), Money.Zero, Money.Zero));
    }

    [Fact]
    public void The_tier_trace_shows_each_band()
    {
        var result = Tiered.Explain(new YearMonth(2015, 5), Coopilote, "p1", Money.FromEuros(8_000), Money.Zero, Money.FromEuros(32_000));
        Assert.Equal(Money.FromEuros(700), result.Amount);
        Assert.Equal(300m, Number(result.Trace.Find("band up to 35000.00")!.Value));
        Assert.Equal(400m, Number(result.Trace.Find("band above 35000.00")!.Value));
        Assert.Null(result.Trace.Find("band above 45000.00"));
        Assert.Equal("700.00", result.Trace.Find("contribution")!.Value);
    }

    [Fact]
    public void The_base_is_gross_margin_by_default_or_turnover()
    {
        Assert.Equal(Money.FromEuros(250), Flat.Compute(new YearMonth(2015, 3), Coopilote, null, Money.FromEuros(3_000), Money.FromEuros(500), Money.Zero));
        var onTurnover = new ContributionRule(CaePolicy.Default.Contribution.WithBase(ContributionBase.Turnover));
        Assert.Equal(Money.FromEuros(300), onTurnover.Compute(new YearMonth(2015, 3), Coopilote, null, Money.FromEuros(3_000), Money.FromEuros(500), Money.Zero));
        Assert.Equal(Money.FromEuros(3_000), onTurnover.Base(Money.FromEuros(3_000), Money.FromEuros(500)));
    }

    [Theory]
    [InlineData(5, 1)]       // 0.05 € × 10 % = 0.005 € → 0.01 €
    [InlineData(-5, -1)]     // −0.005 € → −0.01 €
    [InlineData(4, 0)]
    [InlineData(-123_45, -12_35)] // a credit note of 123.45 € gives back 12.345 → 12.35 €
    public void Rounding_is_to_the_cent_half_away_from_zero_and_credit_notes_give_back(long baseCents, long contributionCents) =>
        Assert.Equal(Money.FromCents(contributionCents), Flat.Compute(new YearMonth(2015, 3), Coopilote, null, Money.FromCents(baseCents), Money.Zero, Money.Zero));

    [Fact]
    public void A_person_overrides_the_structure_which_overrides_the_default_and_rates_carry_dates()
    {
        var rule = new ContributionRule(new ContributionPolicy(
            ContributionBase.GrossMargin,
            new[]
            {
                new ContributionRate(Start, Rate.FromPercent(10), Ref),
                new ContributionRate(Start, Rate.FromPercent(8), Ref, Baticoop),
                new ContributionRate(new LocalDate(2015, 7, 1), Rate.FromPercent(7), Ref, Baticoop),
                new ContributionRate(Start, Rate.FromPercent(5), Ref, Baticoop, "p9"),
            },
            Money.Zero));
        var margin = Money.FromEuros(1_000);
        Assert.Equal(Money.FromEuros(100), rule.Compute(new YearMonth(2015, 3), Coopilote, "p9", margin, Money.Zero, Money.Zero));
        Assert.Equal(Money.FromEuros(80), rule.Compute(new YearMonth(2015, 6), Baticoop, "p1", margin, Money.Zero, Money.Zero));
        Assert.Equal(Money.FromEuros(70), rule.Compute(new YearMonth(2015, 7), Baticoop, "p1", margin, Money.Zero, Money.Zero));
        Assert.Equal(Money.FromEuros(50), rule.Compute(new YearMonth(2015, 7), Baticoop, "p9", margin, Money.Zero, Money.Zero));
        var explained = rule.Explain(new YearMonth(2015, 7), Baticoop, "p1", margin, Money.Zero, Money.Zero);
        var parameter = explained.Trace.Find("contribution_rate")!;
        Assert.Equal(new LocalDate(2015, 7, 1), parameter.EffectiveFrom);
        Assert.Contains("structure Baticoop", parameter.Value);
        Assert.Throws<Cae.Domain.Errors.DomainRuleException>(() => rule.Compute(new YearMonth(2014, 12), Coopilote, null, margin, Money.Zero, Money.Zero));
    }

    [Fact]
    public void The_monthly_minimum_applies_to_a_positive_base_only()
    {
        var rule = new ContributionRule(CaePolicy.Default.Contribution.WithMonthlyMinimum(Money.FromEuros(30)));
        var march = new YearMonth(2015, 3);
        Assert.Equal(Money.FromEuros(30), rule.Compute(march, Coopilote, null, Money.FromEuros(100), Money.Zero, Money.Zero));
        Assert.Equal(Money.FromEuros(40), rule.Compute(march, Coopilote, null, Money.FromEuros(400), Money.Zero, Money.Zero));
        Assert.Equal(Money.Zero, rule.Compute(march, Coopilote, null, Money.Zero, Money.Zero, Money.Zero));
        Assert.Equal(Money.FromEuros(-10), rule.Compute(march, Coopilote, null, Money.FromEuros(-100), Money.Zero, Money.Zero));
        Assert.True(rule.Explain(march, Coopilote, null, Money.FromEuros(100), Money.Zero, Money.Zero).MinimumApplied);
    }

    [Fact]
    public void Compute_allocates_nothing()
    {
        var march = new YearMonth(2015, 3);
        var turnover = Money.FromEuros(4_321.09m);
        var sum = 0L;
        for (var i = 0; i < 100; i++)
        {
            sum += Tiered.Compute(march, Coopilote, "p1", turnover, Money.Zero, Money.FromCents(i * 100_000)).Cents;
        }

        // The runtime's count of a thread's allocations is now and then a few kilobytes off (dotnet/coreclr#10207,
        // "GetAllocatedBytesForCurrentThread unpredictably returns inaccurate values"): the smallest of three
        // measures is kept. An allocation in Compute would show in each of its 20 000 calls.
        var allocated = long.MaxValue;
        for (var attempt = 0; attempt < 3 && allocated != 0; attempt++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10_000; i++)
            {
                sum += Tiered.Compute(march, Coopilote, "p1", turnover, Money.Zero, Money.FromCents(i * 1_000)).Cents;
                sum += Flat.Compute(march, Coopilote, null, turnover, Money.FromEuros(1), Money.Zero).Cents;
            }

            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(sum > 0);
        Assert.Equal(0, allocated);
    }

    private static decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Gen<ContributionRate> TieredRate =
        from rate in Generators.ContributionRate
        from thresholds in Gen.Choose(1, 10_000_000).ArrayOf()
        from tierRates in Generators.ContributionRate.ArrayOf(10)
        select new ContributionRate(
            Start,
            rate,
            Ref,
            tiers: thresholds.Distinct().Take(4).Select((t, i) => new RateTier(Money.FromCents(t), tierRates[i])).ToArray());

    [Property]
    public Property Contribution_is_monotone_in_its_base_and_never_above_base_times_the_highest_rate() =>
        Prop.ForAll(
            TieredRate.ToArbitrary(),
            Generators.Amount.Two().ToArbitrary(),
            Gen.Choose(0, 10_000_000).ToArbitrary(),
            (rate, pair, beforeCents) =>
            {
                var (a, b) = pair;
                var rule = new ContributionRule(new ContributionPolicy(ContributionBase.GrossMargin, new[] { rate }, Money.Zero));
                var (low, high) = a <= b ? (a, b) : (b, a);
                var before = Money.FromCents(beforeCents);
                var month = new YearMonth(2015, 6);
                var cLow = rule.Compute(month, Coopilote, null, low, Money.Zero, before);
                var cHigh = rule.Compute(month, Coopilote, null, high, Money.Zero, before);
                var bound = high >= Money.Zero ? high.MultiplyBy(rate.HighestRate) : high.MultiplyBy(Rate.Zero);
                return (cLow <= cHigh).Label($"monotone: C({low})={cLow} > C({high})={cHigh}")
                    .And((cHigh <= bound).Label($"bound: C({high})={cHigh} > {bound}"))
                    .And((high < Money.Zero || cHigh >= Money.Zero).Label("a positive base never gives back"))
                    .And((rule.Explain(month, Coopilote, null, high, Money.Zero, before).Amount == cHigh).Label("Explain = Compute"));
            });

    [Property]
    public Property With_a_flat_rate_monthly_contributions_sum_to_the_annual_one_within_the_cent_rounding() =>
        Prop.ForAll(
            Generators.ContributionRate.ToArbitrary(),
            Generators.MonthlyAmount.NonEmptyListOf().Select(l => l.Take(12).ToArray()).ToArbitrary(),
            (rate, bases) =>
            {
                var rule = new ContributionRule(new ContributionPolicy(ContributionBase.GrossMargin, new[] { new ContributionRate(Start, rate, Ref) }, Money.Zero));
                var monthly = Money.Zero;
                var annualBase = Money.Zero;
                for (var i = 0; i < bases.Length; i++)
                {
                    monthly += rule.Compute(new YearMonth(2015, i + 1), Coopilote, null, bases[i], Money.Zero, annualBase);
                    annualBase += bases[i];
                }

                var annual = rule.Compute(new YearMonth(2015, 12), Coopilote, null, annualBase, Money.Zero, Money.Zero);
                var gapCents = Math.Abs((monthly - annual).Cents);
                return (gapCents * 2 <= bases.Length).Label($"{bases.Length} months: {monthly} vs {annual}");
            });
}
