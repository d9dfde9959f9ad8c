using System;
using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Policy;

public class ContributionPolicyTest
{
    private static readonly Reference Statutes = new("Statuts, article 12", null);
    private static readonly Structure Coopilote = new("Coopilote");
    private static readonly Structure Baticoop = new("Baticoop");
    private static readonly Structure Formacoop = new("Formacoop");
    private static readonly LocalDate Jan2015 = new(2015, 1, 1);
    private static readonly LocalDate Jan2016 = new(2016, 1, 1);

    private static ContributionRate Default(LocalDate from, decimal rate) => new(from, Rate.FromFraction(rate), Statutes);

    private static ContributionRate OfStructure(LocalDate from, decimal rate, Structure structure) => new(from, Rate.FromFraction(rate), Statutes, structure);

    private static ContributionRate OfPerson(LocalDate from, decimal rate, string person, Structure? structure = null) =>
        new(from, Rate.FromFraction(rate), Statutes, structure, person);

    private static ContributionPolicy Policy() => new(
        ContributionBase.GrossMargin,
        new[]
        {
            Default(Jan2016, 0.11m),
            Default(Jan2015, 0.10m),
            OfStructure(Jan2015, 0.08m, Baticoop),
            OfStructure(Jan2016, 0.07m, Baticoop),
            OfStructure(Jan2016, 0.09m, Formacoop),
            OfPerson(Jan2015, 0.05m, "E-007"),
            OfPerson(Jan2016, 0.06m, "E-008", Baticoop),
        },
        Money.Zero);

    private static decimal RateOn(LocalDate date, Structure structure, string? person = null) =>
        Policy().RateFor(date, structure, person).Rate.Value;

    [Fact]
    public void The_CAE_default_applies_without_a_structure_or_person_rate()
    {
        Assert.Equal(0.10m, RateOn(Jan2015, Coopilote));
        Assert.Equal(0.10m, RateOn(new LocalDate(2015, 12, 31), Coopilote));
        Assert.Equal(0.11m, RateOn(Jan2016, Coopilote));
        Assert.Equal(0.11m, RateOn(Jan2016, Coopilote, "E-001"));
    }

    [Fact]
    public void A_structure_rate_overrides_the_default_from_its_date()
    {
        Assert.Equal(0.08m, RateOn(Jan2015, Baticoop));
        Assert.Equal(0.07m, RateOn(Jan2016, Baticoop));
        Assert.Equal(0.10m, RateOn(new LocalDate(2015, 12, 31), Formacoop)); // Formacoop's own rate starts in 2016
        Assert.Equal(0.09m, RateOn(Jan2016, Formacoop));
    }

    [Fact]
    public void A_person_rate_overrides_the_structure_and_the_default()
    {
        Assert.Equal(0.05m, RateOn(Jan2015, Coopilote, "E-007"));
        Assert.Equal(0.05m, RateOn(Jan2016, Baticoop, "E-007")); // a person rate without structure applies everywhere, even over a later structure rate
    }

    [Fact]
    public void A_person_rate_of_one_structure_applies_to_that_structure_only_and_from_its_date()
    {
        Assert.Equal(0.06m, RateOn(Jan2016, Baticoop, "E-008"));
        Assert.Equal(0.11m, RateOn(Jan2016, Coopilote, "E-008"));
        Assert.Equal(0.08m, RateOn(new LocalDate(2015, 12, 31), Baticoop, "E-008"));
    }

    [Fact]
    public void A_person_rate_needs_the_person()
    {
        Assert.Equal(0.10m, RateOn(Jan2015, Coopilote, null));
        Assert.Equal(0.10m, RateOn(Jan2015, Coopilote, "e-007")); // keys are compared ordinally
    }

    [Fact]
    public void RateFor_returns_the_rate_with_its_reference_and_date()
    {
        var rate = Policy().RateFor(new LocalDate(2016, 3, 1), Baticoop);
        Assert.Equal(Jan2016, rate.From);
        Assert.Equal(Baticoop, rate.Structure);
        Assert.Same(Statutes, rate.Reference);
    }

    [Fact]
    public void No_rate_before_the_first_is_an_error_naming_the_day()
    {
        var e = DomainAssert.Throws("contribution.rates", "2014-12-31", () => Policy().RateFor(new LocalDate(2014, 12, 31), Coopilote));
        Assert.Contains("2015-01-01", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_structure_rate_earlier_than_the_default_applies_to_its_structure_only()
    {
        var policy = new ContributionPolicy(ContributionBase.Turnover, new[] { Default(Jan2016, 0.10m), OfStructure(Jan2015, 0.08m, Baticoop) }, Money.Zero);
        Assert.Equal(0.08m, policy.RateFor(Jan2015, Baticoop).Rate.Value);
        Assert.Throws<Cae.Domain.Errors.DomainRuleException>(() => policy.RateFor(Jan2015, Coopilote));
    }

    [Fact]
    public void A_policy_needs_a_CAE_wide_default()
    {
        DomainAssert.Throws("contribution.rates", "(no default)", () => new ContributionPolicy(ContributionBase.GrossMargin, Array.Empty<ContributionRate>(), Money.Zero));
        DomainAssert.Throws("contribution.rates", "(no default)", () => new ContributionPolicy(ContributionBase.GrossMargin, new[] { OfStructure(Jan2015, 0.08m, Baticoop) }, Money.Zero));
        DomainAssert.Throws("contribution.rates", "(no default)", () => new ContributionPolicy(ContributionBase.GrossMargin, new[] { OfPerson(Jan2015, 0.08m, "E-001") }, Money.Zero));
        Assert.Throws<ArgumentNullException>(() => new ContributionPolicy(ContributionBase.GrossMargin, null!, Money.Zero));
    }

    [Fact]
    public void The_monthly_minimum_is_not_negative()
    {
        DomainAssert.Throws("contribution.monthly_minimum", "-0.01", () => new ContributionPolicy(ContributionBase.GrossMargin, new[] { Default(Jan2015, 0.1m) }, Money.FromCents(-1)));
        Assert.Equal(Money.FromEuros(30m), new ContributionPolicy(ContributionBase.GrossMargin, new[] { Default(Jan2015, 0.1m) }, Money.FromEuros(30m)).MonthlyMinimum);
    }

    [Fact]
    public void Rates_are_sorted_by_date()
    {
        var dates = Policy().Rates.Select(r => r.From).ToArray();
        Assert.Equal(dates.OrderBy(d => d), dates);
        Assert.Equal(7, dates.Length);
    }

    [Fact]
    public void With_methods_return_modified_copies()
    {
        var policy = Policy();
        var onTurnover = policy.WithBase(ContributionBase.Turnover);
        var withMinimum = policy.WithMonthlyMinimum(Money.FromEuros(50m));
        var flat = policy.WithRates(new[] { Default(Jan2015, 0.12m) });

        Assert.Equal(ContributionBase.Turnover, onTurnover.Base);
        Assert.Equal(policy.Rates, onTurnover.Rates);
        Assert.Equal(Money.FromEuros(50m), withMinimum.MonthlyMinimum);
        Assert.Equal(ContributionBase.GrossMargin, withMinimum.Base);
        Assert.Equal(0.12m, flat.RateFor(Jan2016, Baticoop, "E-007").Rate.Value);
        Assert.Equal(Money.Zero, flat.MonthlyMinimum);

        Assert.Equal(ContributionBase.GrossMargin, policy.Base);
        Assert.Equal(Money.Zero, policy.MonthlyMinimum);
        Assert.Equal(0.05m, policy.RateFor(Jan2016, Baticoop, "E-007").Rate.Value);
        DomainAssert.Throws("contribution.monthly_minimum", "-1.00", () => policy.WithMonthlyMinimum(Money.FromEuros(-1m)));
    }
}
