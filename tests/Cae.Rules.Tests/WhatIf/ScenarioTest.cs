using System;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Pay;
using Cae.Rules.WhatIf;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.WhatIf;

public class ScenarioTest
{
    private static readonly CaePolicy Baseline = Coopilote2015.Policy;

    [Fact]
    public void Identity_returns_the_baseline_itself()
    {
        Assert.True(Scenario.Identity.IsIdentity);
        Assert.Same(Baseline, Scenario.Identity.ApplyTo(Baseline));
        Assert.Same(RuleSet.Default, Scenario.Identity.ApplyTo(RuleSet.Default));
    }

    [Fact]
    public void Contribution_rate_replaces_every_rate_by_one_default()
    {
        var policy = Scenario.Named("8 %").WithContributionRate(0.08m).ApplyTo(Baseline);
        var rate = Assert.Single(policy.Contribution.Rates);
        Assert.Equal(0.08m, rate.Rate.Value);
        Assert.Null(rate.Structure);
        Assert.Equal(0.08m, policy.Contribution.RateFor(new LocalDate(2009, 3, 1), new Structure("Baticoop")).Rate.Value);
        Assert.Equal(Baseline.Contribution.Base, policy.Contribution.Base);
        Assert.Equal(0.10m, Assert.Single(Baseline.Contribution.Rates).Rate.Value); // the baseline is unchanged
    }

    [Fact]
    public void Contribution_tiers_base_and_minimum()
    {
        var policy = Scenario.Named("tiers")
            .WithContributionRate(0.10m, new[] { new RateTier(Money.FromEuros(35_000m), Rate.FromFraction(0.08m)) })
            .WithContributionBase(ContributionBase.Turnover)
            .WithMonthlyMinimum(20m)
            .ApplyTo(Baseline);
        Assert.Equal(Money.FromEuros(35_000m), Assert.Single(Assert.Single(policy.Contribution.Rates).Tiers).Above);
        Assert.Equal(ContributionBase.Turnover, policy.Contribution.Base);
        Assert.Equal(Money.FromEuros(20m), policy.Contribution.MonthlyMinimum);
    }

    [Fact]
    public void Support_limit_from_a_date_keeps_the_earlier_entries()
    {
        var policy = Scenario.Named("30").WithSupportLimit(30, new LocalDate(2015, 1, 1)).ApplyTo(Baseline);
        Assert.Equal(24, policy.SupportLimitMonths.ValueOn(new LocalDate(2014, 12, 31)));
        Assert.Equal(30, policy.SupportLimitMonths.ValueOn(new LocalDate(2015, 1, 1)));
        Assert.Equal(30, Scenario.Named("30").WithSupportLimit(30).ApplyTo(Baseline).SupportLimitMonths.ValueOn(new LocalDate(2008, 1, 1)));
    }

    [Fact]
    public void Two_assemblies_a_year_add_one_six_months_after_each_first()
    {
        var policy = Scenario.Named("2 AG").WithAssembliesPerYear(2).ApplyTo(Baseline);
        Assert.Equal(12, policy.Assemblies.Dates.Count);
        Assert.Contains(new LocalDate(2015, 6, 13), policy.Assemblies.Dates);
        Assert.Contains(new LocalDate(2015, 12, 13), policy.Assemblies.Dates);
        Assert.Equal(Baseline.Assemblies.Dates, Scenario.Named("1 AG").WithAssembliesPerYear(1).ApplyTo(Baseline).Assemblies.Dates);
        Assert.Throws<DomainRuleException>(() => Scenario.Named("none").WithAssembliesPerYear(2).ApplyTo(CaePolicy.Default));
        Assert.Throws<DomainRuleException>(() => Scenario.Named("13").WithAssembliesPerYear(13));
    }

    [Fact]
    public void More_assemblies_keep_the_calendar_and_assemblies_replace_it()
    {
        var december = new[] { new LocalDate(2014, 12, 13), new LocalDate(2015, 12, 12) };
        var more = Scenario.Named("December").WithMoreAssemblies(december).ApplyTo(Baseline);
        Assert.Equal(Baseline.Assemblies.Dates.Count + 2, more.Assemblies.Dates.Count);
        var only = Scenario.Named("only December").WithAssemblies(december).ApplyTo(Baseline);
        Assert.Equal(december, only.Assemblies.Dates);
    }

    [Fact]
    public void The_other_helpers_set_what_they_name()
    {
        var schedule = EmployerChargeSchedule.Flat(Rate.FromFraction(0.45m));
        var policy = Scenario.Named("all")
            .WithAdmission(AdmissionMode.Automatic)
            .WithApplicationCutoffDays(30)
            .WithSmicHourly(10m, new LocalDate(2015, 1, 1))
            .WithEmployerCharges(schedule)
            .WithFteAnnualHours(1607m)
            .WithPositiveExits(ExitCategory.Creation, ExitCategory.Associate, ExitCategory.Employment, ExitCategory.Training)
            .WithPerennialExits(ExitCategory.Creation)
            .WithSupportBudget(2015, 400_000m)
            .ApplyTo(Baseline);
        Assert.Equal(AdmissionMode.Automatic, policy.Admission);
        Assert.Equal(30, policy.ApplicationCutoffDays);
        Assert.Equal(Money.FromEuros(9.53m), policy.SmicHourly.ValueOn(new LocalDate(2014, 6, 1)));
        Assert.Equal(Money.FromEuros(10m), policy.SmicHourly.ValueOn(new LocalDate(2015, 6, 1)));
        Assert.Same(schedule, policy.EmployerCharges.ValueOn(new LocalDate(2015, 6, 1)));
        Assert.Equal(Hours.FromDecimal(1607m), policy.FteAnnualHours.ValueOn(new LocalDate(2015, 1, 1)));
        Assert.True(policy.PositiveExits.Contains(ExitCategory.Training));
        Assert.False(policy.PerennialExits.Contains(ExitCategory.Associate));
        Assert.Equal(Money.FromEuros(400_000m), policy.SupportBudget[2015]);
        Assert.Equal(Money.FromEuros(440_000m), Baseline.SupportBudget[2015]);
    }

    [Fact]
    public void Bad_values_fail_when_the_helper_is_called()
    {
        var s = Scenario.Named("bad");
        Assert.Throws<DomainRuleException>(() => s.WithContributionRate(1.5m));
        Assert.Throws<DomainRuleException>(() => s.WithSupportLimit(0));
        Assert.Throws<DomainRuleException>(() => s.WithApplicationCutoffDays(-1));
        Assert.Throws<DomainRuleException>(() => s.WithSmicHourly(0m));
        Assert.Throws<DomainRuleException>(() => s.WithFteAnnualHours(0m));
        Assert.Throws<DomainRuleException>(() => s.WithMonthlyMinimum(-1m));
        Assert.Throws<DomainRuleException>(() => s.WithSupportBudget(2015, 0m));
        Assert.Throws<ArgumentException>(() => Scenario.Named(" "));
    }

    [Fact]
    public void Chained_scenarios_apply_in_order_and_join_their_names()
    {
        var a = Scenario.Named("a").WithSupportLimit(30).WithContributionRate(0.08m);
        var b = Scenario.Named("b").WithSupportLimit(18);
        var chained = a.Then(b);
        Assert.Equal("a, then b", chained.Name);
        Assert.Equal(3, chained.Changes.Count);
        var policy = chained.ApplyTo(Baseline);
        Assert.Equal(18, policy.SupportLimitMonths.ValueOn(new LocalDate(2015, 1, 1)));
        Assert.Equal(0.08m, policy.Contribution.Rates[0].Rate.Value);
        Assert.Equal("a", Scenario.Identity.Then(a).Name);
        Assert.Equal("a", a.Then(Scenario.Identity).Name);
        Assert.Equal("renamed", chained.Rename("renamed").Name);
    }

    [Fact]
    public void A_structural_change_replaces_a_rule_and_leaves_the_policy()
    {
        Func<CaePolicy, IPayRule> flatPay = p => new PayCascadeRule(p);
        var scenario = Scenario.Named("pay").WithRules("pay = another rule", rules => rules with { Pay = flatPay });
        Assert.True(scenario.Changes.Single().IsStructural);
        Assert.Same(Baseline, scenario.ApplyTo(Baseline));
        Assert.Same(flatPay, scenario.ApplyTo(RuleSet.Default).Pay);
        Assert.Same(RuleSet.Default.Contribution, scenario.ApplyTo(RuleSet.Default).Contribution);
    }
}
