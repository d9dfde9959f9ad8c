using System;
using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Policy;

public class ContributionRateTest
{
    private static readonly Reference Wiki = new("Wiki de la CAE, barème de contribution", null);
    private static readonly LocalDate Jan2015 = new(2015, 1, 1);

    private static RateTier Tier(long aboveEuros, decimal rate) => new(Money.FromEuros(aboveEuros), Rate.FromFraction(rate));

    [Fact]
    public void A_default_rate()
    {
        var rate = new ContributionRate(Jan2015, Rate.FromFraction(0.1m), Wiki);
        Assert.Equal(Jan2015, rate.From);
        Assert.Equal(Rate.FromFraction(0.1m), rate.Rate);
        Assert.Same(Wiki, rate.Reference);
        Assert.Null(rate.Structure);
        Assert.Null(rate.EntrepreneurId);
        Assert.Empty(rate.Tiers);
        Assert.Equal(rate.Rate, rate.HighestRate);
        Assert.Equal("0.1 (CAE default, from 2015-01-01)", rate.ToString());
    }

    [Fact]
    public void Tiers_are_sorted_by_threshold()
    {
        var rate = new ContributionRate(Jan2015, Rate.FromFraction(0.10m), Wiki, tiers: new[] { Tier(45_000, 0.06m), Tier(35_000, 0.08m) });
        Assert.Equal(new[] { 35_000m, 45_000m }, rate.Tiers.Select(t => t.Above.Euros));
        Assert.Equal("0.10; 0.08 above 35000.00; 0.06 above 45000.00 (CAE default, from 2015-01-01)", rate.ToString());
    }

    [Fact]
    public void HighestRate_may_be_a_tier()
    {
        var rate = new ContributionRate(Jan2015, Rate.FromFraction(0.05m), Wiki, tiers: new[] { Tier(10_000, 0.12m), Tier(20_000, 0.08m) });
        Assert.Equal(Rate.FromFraction(0.12m), rate.HighestRate);
    }

    [Theory]
    [InlineData(0L, "0.00")]
    [InlineData(-100L, "-100.00")]
    public void Tier_thresholds_are_positive(long above, string value) =>
        DomainAssert.Throws("tiers.above", value, () => new ContributionRate(Jan2015, Rate.FromFraction(0.1m), Wiki, tiers: new[] { Tier(above, 0.05m) }));

    [Fact]
    public void Tier_thresholds_are_distinct() =>
        DomainAssert.Throws("tiers.above", "35000.00", () => new ContributionRate(Jan2015, Rate.FromFraction(0.1m), Wiki, tiers: new[] { Tier(35_000, 0.08m), Tier(35_000, 0.06m) }));

    [Fact]
    public void Person_and_structure_scope()
    {
        var rate = new ContributionRate(Jan2015, Rate.FromFraction(0.08m), Wiki, new Structure("Baticoop"), "  E-008 ");
        Assert.Equal("E-008", rate.EntrepreneurId);
        Assert.Equal(new Structure("Baticoop"), rate.Structure);
        Assert.Equal("0.08 (person E-008, from 2015-01-01)", rate.ToString());
        Assert.Equal("0.08 (structure Baticoop, from 2015-01-01)", new ContributionRate(Jan2015, Rate.FromFraction(0.08m), Wiki, new Structure("Baticoop")).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_blank_person_means_everyone(string? person) =>
        Assert.Null(new ContributionRate(Jan2015, Rate.FromFraction(0.1m), Wiki, entrepreneurId: person).EntrepreneurId);

    [Fact]
    public void A_rate_has_a_reference() =>
        Assert.Throws<ArgumentNullException>(() => new ContributionRate(Jan2015, Rate.FromFraction(0.1m), null!));
}
